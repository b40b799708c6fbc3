; Inno Setup 6 script: per-user installer for Contiple Desktop (no administrator rights needed).
;
; Build the bundle first (on Windows, from the repository root):
;   .venv\Scripts\pyinstaller --noconfirm --distpath build\bundle --workpath build\pyinstaller packaging\contiple-desktop.spec
; then:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\contiple-desktop.iss
; Output: dist\ContipleDesktop-Setup-<version>.exe. /DBundleDir=... overrides the bundle location.
; Installs to %LOCALAPPDATA%\Programs\Contiple Desktop, adds a Start-menu entry, an optional
; desktop icon and an uninstaller (Settings > Apps). The API key stays in Windows Credential Manager.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=<version from pyproject.toml> contiple-desktop.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\bundle\contiple-desktop"
#endif
#define AppName "Contiple Desktop"
#define AppExe "contiple-desktop.exe"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to one product; never change it.
AppId={{6B7C2E4D-3F1A-4C8B-9E2D-5A0F7C1B3D94}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Contiple Desktop developers
AppPublisherURL=https://www.nhncloud.com/kr/service/application-service/contiple
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={localappdata}\Programs\Contiple Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=ContipleDesktop-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\contiple-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Remove the previous version's bundle so no stale module or Qt plugin survives an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (demo workspace)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
