import { crc32 } from "node:zlib";

/**
 * Rewrites an XLSX (a zip archive) so that the entries a streaming reader needs before any
 * worksheet come first: the workbook's relationships, the workbook, the shared strings and the
 * styles. Excel and LibreOffice write the worksheets before the shared strings, and exceljs's
 * streaming reader then copies every worksheet to a temporary file, in plain text: personal data
 * on disk outside the encrypted store. With this order it reads each worksheet straight from
 * memory. Compressed data is copied as it is (nothing is inflated); sizes and checksums move from
 * the central directory into the local headers, so no entry needs a trailing data descriptor.
 * A workbook without shared strings gets an empty table.
 */

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const ENCRYPTED_FLAG = 0x0001;

export class InvalidZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidZipError";
  }
}

interface Entry {
  name: string;
  /** The central directory record (46 bytes + name + extra + comment). */
  central: Buffer;
  /** The local header's name and extra field. */
  localNameExtra: Buffer;
  data: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
}

const first = [
  "xl/_rels/workbook.xml.rels",
  "xl/workbook.xml",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
] as const;

const emptySharedStrings = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
  "utf8",
);

function findEnd(zip: Buffer): number {
  const stop = Math.max(0, zip.length - END_RECORD - 0xffff);
  for (let at = zip.length - END_RECORD; at >= stop; at--) {
    if (zip.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  throw new InvalidZipError("Not a zip archive (no end of central directory)");
}

function readEntries(zip: Buffer): Entry[] {
  const end = findEnd(zip);
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new InvalidZipError("ZIP64 archives are not supported");
  }
  const entries: Entry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new InvalidZipError("Damaged central directory");
    }
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const time = zip.readUInt16LE(at + 12);
    const date = zip.readUInt16LE(at + 14);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const recordLength = CENTRAL_HEADER + nameLength + extraLength + commentLength;
    const name = zip.toString("utf8", at + CENTRAL_HEADER, at + CENTRAL_HEADER + nameLength);
    if (flags & ENCRYPTED_FLAG) throw new InvalidZipError("Password-protected workbooks are not supported");
    if (localOffset + LOCAL_HEADER > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) {
      throw new InvalidZipError("Damaged local header");
    }
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const dataStart = localOffset + LOCAL_HEADER + localNameLength + localExtraLength;
    if (dataStart + compressedSize > zip.length) throw new InvalidZipError("Truncated entry");
    entries.push({
      name,
      central: Buffer.from(zip.subarray(at, at + recordLength)),
      localNameExtra: zip.subarray(localOffset + LOCAL_HEADER, dataStart),
      data: zip.subarray(dataStart, dataStart + compressedSize),
      flags,
      method,
      time,
      date,
      crc,
      compressedSize,
      size,
    });
    at += recordLength;
  }
  return entries;
}

function storedEntry(name: string, content: Buffer): Entry {
  const nameBytes = Buffer.from(name, "utf8");
  const central = Buffer.alloc(CENTRAL_HEADER + nameBytes.length);
  central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  nameBytes.copy(central, CENTRAL_HEADER);
  central.writeUInt16LE(nameBytes.length, 28);
  return {
    name,
    central,
    localNameExtra: nameBytes,
    data: content,
    flags: 0x0800,
    method: 0,
    time: 0,
    date: 0x21,
    crc: crc32(content),
    compressedSize: content.length,
    size: content.length,
  };
}

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(entry.flags & ~DATA_DESCRIPTOR_FLAG, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(entry.time, 10);
  header.writeUInt16LE(entry.date, 12);
  header.writeUInt32LE(entry.crc >>> 0, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  const nameLength = entry.central.readUInt16LE(28);
  header.writeUInt16LE(nameLength, 26);
  header.writeUInt16LE(entry.localNameExtra.length - nameLength, 28);
  return header;
}

function centralRecord(entry: Entry, localOffset: number): Buffer {
  const record = Buffer.from(entry.central);
  record.writeUInt16LE(entry.flags & ~DATA_DESCRIPTOR_FLAG, 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt32LE(entry.crc >>> 0, 16);
  record.writeUInt32LE(entry.compressedSize, 20);
  record.writeUInt32LE(entry.size, 24);
  record.writeUInt32LE(localOffset, 42);
  return record;
}

/** The archive with its entries reordered for streaming (see above); the input is not changed. */
export function reorderXlsx(zip: Buffer): Buffer {
  const entries = readEntries(zip);
  if (!entries.some((e) => e.name === "xl/sharedStrings.xml")) {
    entries.push(storedEntry("xl/sharedStrings.xml", emptySharedStrings));
  }
  const rank = (name: string) => {
    const i = (first as readonly string[]).indexOf(name);
    return i < 0 ? first.length : i;
  };
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry.name) - rank(b.entry.name) || a.index - b.index)
    .map((x) => x.entry);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of ordered) {
    const header = localHeader(entry);
    central.push(centralRecord(entry, offset));
    parts.push(header, entry.localNameExtra, entry.data);
    offset += header.length + entry.localNameExtra.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(END_RECORD);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(ordered.length, 8);
  end.writeUInt16LE(ordered.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
