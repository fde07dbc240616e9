import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * Hostile files for the extraction limits, made in a few milliseconds without ever holding the
 * inflated content: a deflate stream of `total` bytes is one compressed megabyte of the repeated
 * unit, cut off with a full flush (byte-aligned, no reference to earlier data), copied as many
 * times as needed, then ended by an empty final block. A 2 GB bomb is about 2 MB.
 */

const MB = 1024 * 1024;

/** Raw deflate data that inflates to `unit` repeated, about `total` bytes (`size` exactly). */
export function deflateBomb(unit: string, total: number): { data: Buffer; size: number } {
  const copies = Math.max(1, Math.floor(Math.min(MB, total) / unit.length));
  const megabyte = Buffer.from(unit.repeat(copies));
  const segment = deflateRawSync(megabyte, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const n = Math.max(1, Math.round(total / megabyte.length));
  const data = Buffer.concat([
    ...Array.from({ length: n }, () => segment),
    deflateRawSync(Buffer.alloc(0)),
  ]);
  return { data, size: n * megabyte.length };
}

/**
 * The same as a zlib stream (PDF's FlateDecode). The Adler-32 checksum is left zero: it is read
 * only after the last byte, long after any output cap has tripped.
 */
export function zlibBomb(unit: string, total: number): Buffer {
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflateBomb(unit, total).data, Buffer.alloc(4)]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const byte of b) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface ZipPart {
  name: string;
  /** Raw deflate data, and the uncompressed size the headers declare (true or not). */
  deflated: Buffer;
  declared: number;
  crc: number;
}

function part(name: string, text: string): ZipPart {
  const b = Buffer.from(text);
  return { name, deflated: deflateRawSync(b), declared: b.length, crc: crc32(b) };
}

/** A zip of the parts, with local headers, a central directory and its end record. */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(p.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A .docx whose document.xml is a few real paragraphs then `total` bytes of tiny ones
 * (`<w:p><w:r><w:t>字</w:t></w:r></w:p>` …). `declared` is what its headers say it inflates to:
 * the truth by default, or a lie (a small number) to get past a check of the headers alone.
 */
export function docxBomb(total: number, opts: { declared?: number } = {}): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body><w:p><w:r><w:t>开头一段正常的文字。</w:t></w:r></w:p>`;
  const tail = '</w:body></w:document>';
  const bomb = deflateBomb('<w:p><w:r><w:t>字</w:t></w:r></w:p>', total);
  const body = Buffer.concat([
    deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_FULL_FLUSH }),
    bomb.data.subarray(0, -2), // without its final empty block: the tail ends the stream
    deflateRawSync(Buffer.from(tail)),
  ]);
  const size = Buffer.byteLength(head) + bomb.size + tail.length;
  return zip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    { name: 'word/document.xml', deflated: body, declared: opts.declared ?? size, crc: 0 },
  ]);
}

/**
 * A one-page PDF with an ASCII text line (Helvetica), plus either a FlateDecode page-content
 * stream of `contentBomb` inflated bytes, or a FlateDecode picture (a scan's page) of
 * `imageBytes` drawn on the page. Offsets are exact, so pdf.js reads it without repair.
 */
export function pdfWith(opts: { text: string; contentBomb?: number; imageBytes?: number }): Buffer {
  const objects: Buffer[] = [];
  const add = (dict: string, data?: Buffer) => {
    const n = objects.length + 1;
    objects.push(
      data
        ? Buffer.concat([
            Buffer.from(`${n} 0 obj\n${dict.replace('%LEN%', String(data.length))}\nstream\n`),
            data,
            Buffer.from('\nendstream\nendobj\n'),
          ])
        : Buffer.from(`${n} 0 obj\n${dict}\nendobj\n`),
    );
    return n;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  const contents = ['5 0 R'];
  let xobject = '';
  let draw = '';
  if (opts.contentBomb) contents.push('7 0 R');
  if (opts.imageBytes) {
    xobject = ' /XObject << /Im1 7 0 R >>';
    draw = '\nq 500 0 0 700 50 50 cm /Im1 Do Q';
  }
  add(
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>${xobject} >> /Contents [${contents.join(' ')}] >>`,
  );
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const text = Buffer.from(`BT /F1 12 Tf 50 780 Td (${opts.text}) Tj ET${draw}`);
  add('<< /Length %LEN% /Filter /FlateDecode >>', deflateSync(text));
  add('<< /Producer (test) >>');
  if (opts.contentBomb) {
    add('<< /Length %LEN% /Filter /FlateDecode >>', zlibBomb(' 0 0 m ', opts.contentBomb));
  } else if (opts.imageBytes) {
    const side = Math.floor(Math.sqrt(opts.imageBytes / 3));
    add(
      `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length %LEN% /Filter /FlateDecode >>`,
      zlibBomb('\xff', side * side * 3),
    );
  }
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const offsets: number[] = [];
  let at = head.length;
  for (const o of objects) {
    offsets.push(at);
    at += o.length;
  }
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`,
  ].join('');
  return Buffer.concat([head, ...objects, Buffer.from(xref)]);
}
