#!/usr/bin/env bash
# Renders a draft as it would print: .docx (src/export) → PDF (LibreOffice) → PNG pages.
#   npm run docx:preview [-- draft.txt]
# Output in out/preview/: draft.docx, draft.pdf, page-N.png. Without an argument the built-in
# sample (tests/fixtures/draft-sample.txt) is used. Not part of `npm test`: it needs LibreOffice.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
input="${1:-tests/fixtures/draft-sample.txt}"
out="out/preview"

# LibreOffice, the CJK fonts and pdftoppm come from Debian; install them once when missing.
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -q 'Noto Serif CJK SC' || missing+=(fonts-noto-cjk)
/usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || missing+=(python3-uno)
if ((${#missing[@]})); then
  echo "安装预览所需的软件包：${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y "${missing[@]}"
fi

rm -rf "$out"
mkdir -p "$out"
npx tsx src/export/cli.ts "$input" "$out/draft.docx" >/dev/null

# The office fonts (仿宋_GB2312 …) are mapped to Noto CJK for the render; see the conf file.
export FONTCONFIG_FILE="$root/scripts/fontconfig/fonts.conf"
soffice -env:UserInstallation=file:///tmp/lo-profile --headless \
  --convert-to pdf --outdir "$out" "$out/draft.docx" >/dev/null 2>&1
pdftoppm -png -r 60 "$out/draft.pdf" "$out/page"

echo "预览已生成：$out/"
ls -1 "$out"
# Pages, lines per page, the 落款 page, the page number's position (exit 1 on a 落款-only page).
npx tsx scripts/preview-report.ts "$out/draft.pdf"
# Typing over a 【待补】 in LibreOffice gives plain text (exit 1 if it keeps the highlight).
if grep -q '【待补' "$input"; then
  /usr/bin/python3 scripts/placeholder-typing.py "$out/draft.docx"
fi
