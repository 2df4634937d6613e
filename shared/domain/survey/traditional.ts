/**
 * Traditional Chinese characters of the labels and wordings the importer recognises — scale
 * points ("非常滿意"), "don't know" answers ("不適用"), and the words that make a question
 * lower-better ("轉接了幾次", "等待多長時間") — folded to the simplified forms those lists
 * use, so exports from Taiwan and Hong Kong are understood alike. Only these characters:
 * this is not a converter, and text is stored as it was written.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  滿: '满', 較: '较', 說: '说', 確: '确', 難: '难', 從: '从', 來: '来', 經: '经', 時: '时', 總: '总', 優: '优', 極: '极', 絕: '绝',
  對: '对', 會: '会', 無: '无', 評: '评', 價: '价', 適: '适', 觸: '触', 沒: '没', 過: '过', 識: '识', 瞭: '了', 應: '应', 願: '愿',
  歡: '欢', 點: '点', 見: '见', 爾: '尔', 與: '与', 僅: '仅', 為: '为', 種: '种', 轉: '转', 幾: '几', 數: '数', 長: '长', 間: '间',
  費: '费', 讓: '让', 區: '区', 給: '给', 複: '复', 講: '讲', 須: '须',
};
const HAS_TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'u');

/** `text` with the characters above in their simplified forms (unchanged when it has none). */
export function simplified(text: string): string {
  return HAS_TRADITIONAL.test(text) ? [...text].map((c) => TRADITIONAL[c] ?? c).join('') : text;
}
