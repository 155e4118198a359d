; Inno Setup 6 script of Toegang Desktop: a per-user installer, no administrator rights needed.
; Built by `python packaging\build.py` (which passes /DAppVersion, /DSourceDir and /DOutputDir);
; by hand: ISCC.exe /DAppVersion=0.1.0 packaging\toegang.iss (after building the bundle).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\toegang-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Toegang Desktop"
#define AppExe "toegang-desktop.exe"

[Setup]
; The AppId identifies the installation for updates and uninstall: never change it.
AppId={{D64C2542-C9B8-44D2-B0A7-A8E151CB10F9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Toegang
VersionInfoVersion={#AppVersion}
; Per user: installs under the user's own profile, never asks for administrator rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=ToegangDesktop-{#AppVersion}-setup
SetupIconFile=toegang.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DeleteDataQuestion=Wilt u ook de gegevens van Toegang Desktop verwijderen?%n%nDat zijn alle dossiers, gesprekken, back-ups, logbestanden en instellingen in:%n%1%n%nDit kan niet ongedaan worden gemaakt. Kies Nee om de gegevens te bewaren (aanbevolen); een nieuwe installatie gebruikt ze dan weer.
en.DeleteDataQuestion=Do you also want to delete the data of Toegang Desktop?%n%nThat is every dossier, conversation, backup, log file and setting in:%n%1%n%nThis cannot be undone. Choose No to keep the data (recommended); a new installation then uses it again.
nl.DeleteDataFailed=Niet alle gegevens konden worden verwijderd. Wat over is staat nog in:%n%1
en.DeleteDataFailed=Not all data could be deleted. What is left is still in:%n%1
nl.DemoShortcut=Toegang Desktop (demo, fictieve inwoners)
en.DemoShortcut=Toegang Desktop (demo, fictional residents)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole program folder (never the user's data, which lives elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The user's data (store, backups, logs, settings) lives outside the program folder, in
  %LOCALAPPDATA%\Toegang\Toegang Desktop. Uninstalling leaves it, unless the user says so.
  A silent uninstall never deletes it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\Toegang\Toegang Desktop');
  if UninstallSilent or not DirExists(DataDir) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if DelTree(DataDir, True, True, True) then
    RemoveDir(ExpandConstant('{localappdata}\Toegang'))  { only when nothing else is in it }
  else
    MsgBox(FmtMessage(CustomMessage('DeleteDataFailed'), [DataDir]), mbError, MB_OK);
end;
