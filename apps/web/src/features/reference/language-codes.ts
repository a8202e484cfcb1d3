/**
 * ISO 639-3 codes of the languages most often spoken by people arriving in Italy: the language
 * picker's first group while the server's reference list cannot be loaded (names from the browser).
 */
export const fallbackLanguageCodes = (
  "ita eng fra spa por ara ary arz apd tir tig amh som orm prs pus fas urd pan ben hin nep tam sin mal " +
  "kur ckb kmr tur rus ukr ron sqi srp bul wol ful fuf bam mnk snk hau yor ibo bin pcm aka twi ewe kri " +
  "zho cmn tgl"
).split(" ");
