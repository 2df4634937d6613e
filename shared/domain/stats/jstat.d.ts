/** The parts of jStat (no published types) that the statistics wrappers use. */
declare module 'jstat' {
  interface Distribution {
    cdf(x: number, ...params: number[]): number;
    inv(p: number, ...params: number[]): number;
  }
  const jstat: {
    jStat: {
      studentt: Distribution;
      normal: Distribution;
      chisquare: Distribution;
    };
  };
  export default jstat;
}
