; Inno Setup 6 script: per-user installer for Contiple Desktop (no administrator rights needed).
;
; Build the bundle first (on Windows, from the repository root):
;   .venv\Scripts\pyinstaller --noconfirm --distpath build\bundle --workpath build\pyinstaller packaging\contiple-desktop.spec
; then:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\contiple-desktop.iss
; Output: dist\ContipleDesktop-Setup-<version>.exe. /DBundleDir=... overrides the bundle location.
; Installs to %LOCALAPPDATA%\Programs\Contiple Desktop, adds a Start-menu entry, an optional
; desktop icon and an uninstaller (Settings > Apps). The API key stays in Windows Credential Manager.
; Screen-pop: registers the URL protocols contiple-desktop:, tel: and callto: for the user (HKA =
; HKCU\Software\Classes in the default per-user install; HKLM only when an administrator chooses
; "install for all users"). contiple-desktop: is ours alone; for tel: and callto: the app is
; registered as a capable handler (Settings > Apps > Default apps > "Contiple Desktop") and takes the
; protocol directly only when no other program has claimed it; everything is removed on uninstall.

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
Name: "phonelinks"; Description: "Open phone links (tel:, callto:) with {#AppName}"; GroupDescription: "Screen-pop:"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Remove the previous version's bundle so no stale module or Qt plugin survives an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (demo workspace)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; contiple-desktop://call?phone=... (our own protocol)
Root: HKA; Subkey: "Software\Classes\contiple-desktop"; ValueType: string; ValueName: ""; ValueData: "URL:Contiple Desktop call"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\contiple-desktop"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\contiple-desktop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\contiple-desktop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; A ProgID for tel: and callto:, offered through the app's capabilities (Default apps)
Root: HKA; Subkey: "Software\Classes\ContipleDesktop.PhoneLink"; ValueType: string; ValueName: ""; ValueData: "Phone link (Contiple Desktop)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ContipleDesktop.PhoneLink"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\ContipleDesktop.PhoneLink\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\ContipleDesktop.PhoneLink\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Contiple Desktop"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Contiple Desktop\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Contiple Desktop\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Screen-pop for help-desk calls: opens the caller in Contiple Desktop"
Root: HKA; Subkey: "Software\Contiple Desktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "contiple-desktop"; ValueData: "ContipleDesktop.PhoneLink"
Root: HKA; Subkey: "Software\Contiple Desktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "ContipleDesktop.PhoneLink"; Tasks: phonelinks
Root: HKA; Subkey: "Software\Contiple Desktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "ContipleDesktop.PhoneLink"; Tasks: phonelinks
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "{#AppName}"; ValueData: "Software\Contiple Desktop\Capabilities"; Flags: uninsdeletevalue
; tel: and callto: directly, only where no other program handles them yet
Root: HKA; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: ""; ValueData: "URL:tel"; Flags: uninsdeletekey; Tasks: phonelinks; Check: NoHandlerFor('tel')
Root: HKA; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: phonelinks; Check: NoHandlerFor('tel')
Root: HKA; Subkey: "Software\Classes\tel\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: phonelinks; Check: NoHandlerFor('tel')
Root: HKA; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: ""; ValueData: "URL:callto"; Flags: uninsdeletekey; Tasks: phonelinks; Check: NoHandlerFor('callto')
Root: HKA; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: phonelinks; Check: NoHandlerFor('callto')
Root: HKA; Subkey: "Software\Classes\callto\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: phonelinks; Check: NoHandlerFor('callto')

[Code]
// True when no program (for this user or the machine) has registered the protocol yet, or when
// the registration is already ours (an upgrade): then it is ours to set.
function NoHandlerFor(Scheme: String): Boolean;
var
  Command: String;
begin
  Command := '';
  if not RegQueryStringValue(HKEY_CLASSES_ROOT, Scheme + '\shell\open\command', '', Command) then
    Result := True
  else
    Result := Pos(Lowercase('{#AppExe}'), Lowercase(Command)) > 0;
end;

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
