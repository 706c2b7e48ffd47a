; Inno Setup 6 script: a per-user installer for LärSam Desktop on Windows.
;
; Build on Windows after `make package` (or the PowerShell steps in packaging/README.md):
;     iscc packaging\windows\larsam.iss
; AppVersion is read from LarSam.exe's version resource, which the spec writes from
; larsam_desktop.__version__ (/DAppVersion=X.Y.Z still overrides it).
; The output is dist\LarSam-Desktop-<version>-setup.exe.
;
; Per-user install (no administrator rights: managed municipal workstations often deny them),
; into %LOCALAPPDATA%\Programs\LarSam Desktop. The data folder (%LOCALAPPDATA%\LarSam\LarSam)
; is never touched by installing, upgrading or uninstalling: the coach's caseload stays.

#define AppName "LärSam Desktop"
#define AppExe "LarSam.exe"
#define BundleDir "..\..\dist\larsam-desktop"
#ifndef AppVersion
  ; The executable's version resource (packaging/windows/version_resource.py, written by the
  ; spec from larsam_desktop.__version__): the installer cannot carry another version.
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error The bundle's LarSam.exe has no version resource: build it with packaging/larsam.spec
#endif

[Setup]
; A fixed id: upgrades replace the installed version instead of installing beside it.
AppId={{6F1C2B4E-8E0A-4C55-9C1B-2D5B7A3E9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LärSam
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\LarSam Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=LarSam-Desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\larsam.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables (LarSam.exe windowed, larsam-desktop.exe for
; the command line) and _internal\ with Qt, Python, resources and the migration scripts.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; A quick self-check of the installed copy, then an offer to start it.
Filename: "{app}\larsam-desktop.exe"; Parameters: "--version"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
