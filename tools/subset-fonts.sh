#!/usr/bin/env bash
# Rebuilds the bundled fonts in fonts/ from their upstream files.
#
# usage: tools/subset-fonts.sh [--refresh-chars]
#
#   --refresh-chars  first re-collect fonts/corpus-chars.txt (every distinct character of the
#                    text content of ../shared/corpus), so the subsets keep covering the corpus.
#
# Inputs (each fetched through its ordinary package client):
#   - Debian `fonts-noto-core` (20201225-1): Noto Sans, Noto Naskh Arabic (merged with Noto
#     Sans's Latin-1 and punctuation into Plenary Naskh)
#     (apt-get install fonts-noto-core); override the folder with NOTO_CORE=...
#   - npm `@expo-google-fonts/noto-sans-sc@0.4.3`: Noto Sans SC 2.004 as static TTF
#     (fetched here with `npm pack` into a temporary folder); override with SC_DIR=... pointing
#     at the unpacked package.
#   - PyPI `fonttools==4.68.0` (pyftsubset); `pip install fonttools==4.68.0`.
set -euo pipefail
cd "$(dirname "$0")/.."

NOTO_CORE=${NOTO_CORE:-/usr/share/fonts/truetype/noto}
OUT=fonts
CHARS=$OUT/corpus-chars.txt
CORPUS=${CORPUS:-../shared/corpus}

command -v pyftsubset >/dev/null || { echo "pyftsubset missing: pip install fonttools==4.68.0" >&2; exit 2; }
[[ -f $NOTO_CORE/NotoSans-Regular.ttf ]] || { echo "Noto fonts missing: apt-get install fonts-noto-core" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [[ ${1:-} == --refresh-chars ]]; then
  [[ -d $CORPUS ]] || { echo "no corpus at $CORPUS" >&2; exit 2; }
  # Text content only: XML text nodes (a crude tag strip for the one malformed file),
  # and whole .md/.txt files. Control characters are left out.
  python3 - "$CORPUS" "$CHARS" <<'PY'
import html, os, re, sys
import xml.etree.ElementTree as ET
corpus, out = sys.argv[1], sys.argv[2]
chars = set()
for d, _, files in os.walk(corpus):
    for name in files:
        path = os.path.join(d, name)
        if not name.endswith(('.xml', '.md', '.txt')):
            continue
        data = open(path, encoding='utf-8', errors='replace').read()
        if name.endswith('.xml'):
            try:
                data = ''.join(ET.fromstring(data.encode('utf-8')).itertext())
            except ET.ParseError:
                data = html.unescape(''.join(re.findall(r'>([^<]*)<', data)))
        chars.update(data)
text = ''.join(sorted(c for c in chars if c >= ' ' and not 0x7f <= ord(c) < 0xa0))
open(out, 'w', encoding='utf-8').write(text + '\n')
print(f'{out}: {len(text)} distinct characters')
PY
fi
[[ -f $CHARS ]] || { echo "$CHARS missing: run with --refresh-chars" >&2; exit 2; }

if [[ -z ${SC_DIR:-} ]]; then
  (cd "$tmp" && npm pack --silent @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null && tar xzf ./*.tgz)
  SC_DIR=$tmp/package
fi

# Latin, Greek and Cyrillic with their punctuation, symbols and number forms.
LATIN='U+0000-007E,U+00A0-024F,U+0250-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FB00-FB06,U+FFFD'
# GB2312 (every two-byte code that decodes), CJK punctuation, full-width forms, ASCII.
python3 - > "$tmp/gb2312.txt" <<'PY'
out = []
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            out.append(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
print(''.join(out))
PY
CJK='U+0020-007E,U+00A0-00FF,U+2000-206F,U+2460-24FF,U+2E80-2EFF,U+3000-303F,U+3200-32FF,U+FE30-FE4F,U+FF00-FFEF,U+FFFD'

subset() { # in out unicodes text-file
  pyftsubset "$1" --output-file="$2" --unicodes="$3" --text-file="$4" \
    --layout-features='*' --notdef-outline --name-IDs='*' --name-languages='*'
  echo "$2: $(stat -c %s "$2") bytes"
}

for face in Regular Bold Italic BoldItalic; do
  subset "$NOTO_CORE/NotoSans-$face.ttf" "$OUT/NotoSans-$face.ttf" "$LATIN" "$CHARS"
done
cat "$tmp/gb2312.txt" "$CHARS" > "$tmp/cjk.txt"
subset "$SC_DIR/400Regular/NotoSansSC_400Regular.ttf" "$OUT/NotoSansSC-Regular.subset.ttf" "$CJK" "$tmp/cjk.txt"
subset "$SC_DIR/700Bold/NotoSansSC_700Bold.ttf" "$OUT/NotoSansSC-Bold.subset.ttf" "$CJK" "$tmp/cjk.txt"
cp "$SC_DIR/LICENSE_FONT" "$OUT/OFL-NotoSansSC.txt"
# Noto Naskh Arabic has digits but no Latin letters, slash, brackets or hyphen. egui centres a
# fallback font's glyphs on the primary font's line height, which would set Latin text and
# punctuation 0.17 em below the Arabic baseline (and break underlines), so the Arabic font
# gets Noto Sans's glyphs for what it lacks of Latin-1 and General Punctuation, unhinted
# (their hinting programs belong to Noto Sans), merged in under the name "Plenary Naskh".
python3 - "$NOTO_CORE/NotoNaskhArabic-Regular.ttf" > "$tmp/latin-for-arabic.txt" <<'PY'
import sys
from fontTools.ttLib import TTFont
have = set(TTFont(sys.argv[1])['cmap'].getBestCmap())
wanted = list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)) + list(range(0x2000, 0x2070)) + [0x2212]
print(','.join('U+%04X' % c for c in wanted if c not in have))
PY
for face in Regular Bold; do
  pyftsubset "$NOTO_CORE/NotoSans-$face.ttf" --output-file="$tmp/latin-$face.ttf" \
    --unicodes-file="$tmp/latin-for-arabic.txt" --layout-features='*' --no-hinting
  pyftmerge "$NOTO_CORE/NotoNaskhArabic-$face.ttf" "$tmp/latin-$face.ttf" \
    --output-file="$tmp/merged-$face.ttf"
  python3 - "$tmp/merged-$face.ttf" "$OUT/PlenaryNaskh-$face.ttf" "$face" \
    "$NOTO_CORE/NotoNaskhArabic-$face.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
src, out, face, upstream = sys.argv[1:]
font = TTFont(src, recalcTimestamp=False)
# Keep the upstream dates so that the output is byte for byte reproducible.
font['head'].created = TTFont(upstream)['head'].created
font['head'].modified = TTFont(upstream)['head'].modified
names = font['name']
for record in list(names.names):
    if record.nameID in (1, 3, 4, 6, 16, 17):
        names.removeNames(nameID=record.nameID)
for name_id, value in ((1, 'Plenary Naskh'), (2, face), (3, f'PlenaryNaskh-{face};2.004'),
                       (4, f'Plenary Naskh {face}'), (6, f'PlenaryNaskh-{face}')):
    names.setName(value, name_id, 3, 1, 0x409)
font.save(out)
PY
  echo "$OUT/PlenaryNaskh-$face.ttf: $(stat -c %s "$OUT/PlenaryNaskh-$face.ttf") bytes"
done
