; Inno Setup 6 script for ChipLens on Windows. Built by `python packaging/build.py` on Windows, which
; freezes the app first (dist\chiplens) and then runs:
;   iscc /DAppVersion=<pyproject version> /DAppId=<desktop.APP_ID> /DBundleDir=dist\chiplens
;        /DOutputDir=dist /DRepoRoot=. packaging\windows\chiplens.iss
; The defaults below only serve a manual `iscc packaging\windows\chiplens.iss` from a built tree;
; the version always comes from pyproject.toml through build.py.
;
; - per-user install by default (no admin rights; %LOCALAPPDATA%\Programs\ChipLens), per-machine on request
; - Start-menu entry (AppUserModelID = the app id, like the Linux .desktop file and the macOS bundle id)
; - refuses to install or uninstall while ChipLens runs: the app holds mutexes named after the app id
;   (desktop/identity.py create_app_mutex), listed here in AppMutex
; - an upgrade removes the previous version's program files ([InstallDelete]) before copying the new ones
; - the user's data (%LOCALAPPDATA%\ChipLens: database, notes, backups, settings) is never touched by an
;   install or upgrade; the uninstaller keeps it unless the user answers Yes to deleting it (default: No;
;   a silent uninstall always keeps it)

#ifndef AppVersion
  #error Pass /DAppVersion=<version from pyproject.toml> (python packaging/build.py does)
#endif
#ifndef AppId
  #define AppId "io.github.chiplens.ChipLens"
#endif
#ifndef RepoRoot
  #define RepoRoot "..\.."
#endif
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\chiplens"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif

[Setup]
AppId={#AppId}
AppName=ChipLens
AppVersion={#AppVersion}
AppVerName=ChipLens {#AppVersion}
AppPublisher=ChipLens
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\ChipLens
DefaultGroupName=ChipLens
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
AppMutex={#AppId},Global\{#AppId}
CloseApplications=no
OutputDir={#OutputDir}
OutputBaseFilename=ChipLens-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\resources\icons\chiplens.ico
UninstallDisplayIcon={app}\chiplens.exe
UninstallDisplayName=ChipLens
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; the previous version's program files: a one-folder build leaves stale libraries behind otherwise
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\chiplens.exe"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ChipLens"; Filename: "{app}\chiplens.exe"; AppUserModelID: "{#AppId}"; Comment: "Compare AI accelerators side by side, with sources"
Name: "{autodesktop}\ChipLens"; Filename: "{app}\chiplens.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\chiplens.exe"; Description: "{cm:LaunchProgram,ChipLens}"; Flags: nowait postinstall skipifsilent

[Code]
// The user data folder: platformdirs.user_data_dir("ChipLens", appauthor=False) on Windows
// (desktop/paths.py); a portable copy keeps its data next to itself and is not installed by this setup.
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\ChipLens');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(UserDataDir()) and not UninstallSilent() then
  begin
    if MsgBox('ChipLens has been removed. Your ChipLens data (database, notes, backups and settings) is still in'
              + #13#10 + UserDataDir() + #13#10#13#10
              + 'Also delete your data? Choose No to keep it for a later installation.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(UserDataDir(), True, True, True);
  end;
end;
