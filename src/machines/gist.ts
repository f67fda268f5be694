/**
 * The gist of what a caller told, for a read-back (N8: summarise, then confirm): the first clauses of
 * the story up to about a sentence a caller can follow ("抢修的人三个小时都没来，打了好几次电话，
 * 也没人管" -> 抢修的人三个小时都没来，打了好几次电话). The whole story is kept on the work order.
 */
const MAX_UNITS = 16;
/** Han characters and digits count one each, a Latin word one. */
const units = (text: string) => (text.match(/[\p{Script=Han}\d]/gu)?.length ?? 0) + (text.match(/[a-z]+/giu)?.length ?? 0) / 2;

export function gist(text: string, max = MAX_UNITS): string {
  const said = text.trim().replace(/[\s,;!?，；！？。、.]+$/u, '');
  const clauses = said.split(/(?<=[,;!?，；！？。])\s*/u);
  let kept = '';
  for (const clause of clauses) {
    if (kept !== '' && units(kept + clause) > max) break;
    kept += clause;
  }
  return kept.replace(/[\s,;!?，；！？。、]+$/u, '');
}
