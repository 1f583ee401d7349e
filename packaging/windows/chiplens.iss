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
;   (desktop/startup/identity.py create_app_mutex), listed here in AppMutex
; - an upgrade removes the previous version's program files ([InstallDelete]) before copying the new ones
; - the user's data (%LOCALAPPDATA%\ChipLens: database, notes, backups, settings) is never touched by an
;   install or upgrade; the uninstaller keeps it unless the user ticks "Also delete my ChipLens data"
;   (unticked by default; a silent uninstall never asks and always keeps it)

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

var
  DeleteUserData: Boolean;

// Before anything is removed: a small form with one box, "Also delete my ChipLens data", unticked.
// Cancel stops the uninstall; a silent uninstall never asks and always keeps the data.
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Text: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  DeleteUserData := False;
  if UninstallSilent() or not DirExists(UserDataDir()) then
    exit;
  Form := CreateCustomForm(ScaleX(420), ScaleY(150), False, True);
  try
    Form.Caption := 'Uninstall ChipLens';
    Text := TNewStaticText.Create(Form);
    Text.Parent := Form;
    Text.Left := ScaleX(12);
    Text.Top := ScaleY(12);
    Text.Width := Form.ClientWidth - ScaleX(24);
    Text.AutoSize := False;
    Text.WordWrap := True;
    Text.Height := ScaleY(52);
    Text.Caption := 'ChipLens will be removed. Your data (database, notes, backups and settings) in '
                    + UserDataDir() + ' is kept for a later installation unless you tick the box.';
    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := Text.Top + Text.Height + ScaleY(8);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(17);
    Box.Caption := 'Also delete my ChipLens data';
    Box.Checked := False;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := 'Uninstall';
    OkButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(23);
    OkButton.Left := Form.ClientWidth - ScaleX(2 * 90 + 12 + 8);
    OkButton.Top := Form.ClientHeight - ScaleY(23 + 12);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := 'Cancel';
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(23);
    CancelButton.Left := Form.ClientWidth - ScaleX(90 + 12);
    CancelButton.Top := OkButton.Top;
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;
    Form.ActiveControl := OkButton;
    if Form.ShowModal() <> mrOk then
      Result := False
    else
      DeleteUserData := Box.Checked;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData and DirExists(UserDataDir()) then
    DelTree(UserDataDir(), True, True, True);
end;
