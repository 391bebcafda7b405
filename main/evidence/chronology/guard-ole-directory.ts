/**
 * The names of the streams in an OLE compound file (MS-CFB), read from its directory alone.
 * A general OLE reader copies every small stream while it reads the directory, so a crafted
 * 50 MB file could make it allocate gigabytes; this reads only the header, the sector table
 * entries it needs and the directory's own sectors, and stops at any chain that loops or runs
 * out of the file. Null when the structure does not hold together.
 */
const HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
const HEADER_DIFAT_ENTRIES = 109;
const END_OF_CHAIN = 0xfffffffe;
const STREAM = 2;

export function oleStreamNames(bytes: Buffer): Set<string> | null {
  if (bytes.length < HEADER_BYTES) return null;
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize);
  const entriesPerSector = sectorSize / 4;
  const sectorOffset = (sector: number): number | null => (sector < sectorCount ? (sector + 1) * sectorSize : null);

  // Where the sector table's own sectors are: the header's list, then the chained DIFAT sectors.
  const fatSectors: number[] = [];
  const fatSectorCount = bytes.readUInt32LE(0x2c);
  if (fatSectorCount > sectorCount) return null;
  for (let index = 0; index < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; index += 1) fatSectors.push(bytes.readUInt32LE(0x4c + index * 4));
  let difat = bytes.readUInt32LE(0x44);
  for (let hops = 0; fatSectors.length < fatSectorCount; hops += 1) {
    const at = sectorOffset(difat);
    if (at === null || hops > sectorCount) return null;
    for (let index = 0; index < entriesPerSector - 1 && fatSectors.length < fatSectorCount; index += 1) fatSectors.push(bytes.readUInt32LE(at + index * 4));
    difat = bytes.readUInt32LE(at + (entriesPerSector - 1) * 4);
  }
  const next = (sector: number): number | null => {
    const at = sectorOffset(fatSectors[Math.floor(sector / entriesPerSector)] ?? END_OF_CHAIN);
    return at === null ? null : bytes.readUInt32LE(at + (sector % entriesPerSector) * 4);
  };

  const names = new Set<string>();
  let sector = bytes.readUInt32LE(0x30);
  for (let hops = 0; sector !== END_OF_CHAIN; hops += 1) {
    const at = sectorOffset(sector);
    if (at === null || hops > sectorCount) return null;
    for (let entry = at; entry < at + sectorSize; entry += DIRECTORY_ENTRY_BYTES) {
      const nameBytes = bytes.readUInt16LE(entry + 0x40);
      if (bytes[entry + 0x42] === STREAM && nameBytes >= 2 && nameBytes <= 64) names.add(bytes.toString('utf16le', entry, entry + nameBytes - 2));
    }
    const following = next(sector);
    if (following === null) return null;
    sector = following;
  }
  return names;
}
