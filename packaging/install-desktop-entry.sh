#!/bin/sh
# Adds Review Workstation to this user's application menu: the desktop entry points at the
# program in this folder, the icon goes to the user's icon theme. Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/256x256/apps"
cp "$here/review-workstation.svg" "$data/icons/hicolor/scalable/apps/review-workstation.svg"
cp "$here/review-workstation.png" "$data/icons/hicolor/256x256/apps/review-workstation.png"
sed -e "s|^Exec=.*|Exec=\"$here/workstation\" gui|" -e "s|^TryExec=.*|TryExec=$here/workstation|" \
    "$here/review-workstation.desktop" > "$data/applications/review-workstation.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "installed $data/applications/review-workstation.desktop"
