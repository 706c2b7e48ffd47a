"""Where each merit rule comes from (cited in the code, the tests and the user guide)."""

from __future__ import annotations

HOW_COMPUTED = (
    "bedomningshandboken.uhr.se, Gymnasieexamen › Meritvärdering › Så här räknas meritvärdet "
    "fram (updated 2020-09-10): A=20,0 B=17,5 C=15,0 D=12,5 E=10,0 F=0, × points, "
    "gymnasiearbetet not counted, max 20,00, two decimals; meritvärde max 22,5"
)
OLD_GRADES = (
    "domain.md (UHR: MVG 20, VG 15, G 10, IG 0); SKOLFS 2011:196 conversion MVG→A, VG→C, G→E"
)
MERITPOANG_OVERVIEW = (
    "uhr.se/syv › Gymnasieexamen › Meritvärdering › Översikt över meritpoäng: max 2,5; a "
    "course required for eligibility never gives meritpoäng; examen and slutbetyg tables"
)
MERITPOANG_EXAMEN = (
    "antagning.se › Gymnasieexamen 2014 och framåt › Meritpoäng: moderna språk 3/4/5 → "
    "0,5/1,0/0,5 (max 1,5; a second language ≥ 2 gives 0,5 after språk 4), Engelska 7 → 1,0, "
    "matematik max 1,5 depending on the requirement; a grade in every merit course"
)
MODERNA_SLUTBETYG = (
    "bedomningshandboken.uhr.se › Slutbetyg före 2010 › Meritpoäng för moderna språk – max "
    "1,5: steg 4 gives 1,0 without steg 3, steg 5–7 give 1,5; steg 3 required → 1,0 for steg 4"
)
MERIT_COMPLETIONS_SLUTBETYG = (
    "uhr.se/syv › Slutbetyg före 2010 › Komplettera för att höja meritvärdet (2022-03-08): "
    "lower levels need not be shown; a meritpoäng course adds only its points; a Vux12 "
    "course converts to the older course (Engelska 7 → Engelska C)"
)
SLUTBETYG_2010 = (
    "bedomningshandboken.uhr.se › Slutbetyg komvux 2010 och senare › Meritvärdering: "
    "behörighetskomplettering always counts, utbyteskomplettering with a higher grade, no "
    "tilläggskompletteringar, a meritpoäng course's grade is not in the jämförelsetal"
)
SLUTBETYG_BEFORE_2010_GROUPS = (
    "uhr.se/syv › Slutbetyg före 2010 › Urvalsgrupper (2022-03-08): tilläggskompletteringar "
    "(never Gy11 courses) count when they raise the value"
)
UTBYTE_POINTS = (
    "uhr.se/syv › Komplettera för att höja meritvärdet: at an utbyte the new course's grade "
    "and points are used (Ma B 50 gyp G → Ma 2 100 gyp C)"
)
GROUPS = (
    "antagning.se › Betygsurval › Betygsgrupp I / II (2019-04-08, 2020-02-18): BI — the grade "
    "document (a komvux examen/slutbetyg when ≥ 2/3 of its points are from komvux); BII — "
    "completed courses; completions that raise the value place the learner in both"
)
GROUPS_RAISE_ONLY = (
    "bedomningshandboken.uhr.se › Gymnasieexamen › Tillämpningsbeslut urval "
    "(Bedömningshandboksgruppen 2007-12-11): a completion counts only if it raises the value"
)
NO_FOLKHOGSKOLA_MERIT = (
    "antagning.se › Meritpoäng: folkhögskola and basår studies can give eligibility but no "
    "meritpoäng; BF is ranked on the folkhögskola studieomdöme (1,0–4,0), which LärSam "
    "does not hold"
)
HP_VALIDITY = (
    "högskoleförordningen 7 kap. 20 § (SFS 2020:768, SFS 2021:1064): a result is valid to the "
    "end of the calendar half-year eight years after the test; from tests in the second half "
    "of 2020 (five years before)"
)
HP_BEST = "BTH, Högskoleprovet (bth.se): the best valid result is always the one used"
NO_AREA_MERIT = (
    "domain.md: områdeskurser give no meritpoäng from 2022, when the områdesbehörigheter were "
    "abolished — unverified: no UHR page saying so was found (only moderna språk, engelska and "
    "matematik are listed on uhr.se/syv Översikt över meritpoäng and antagning.se Meritpoäng)"
)
