/** The files of operations/, embedded by web/build.ts's `saved-operations` plugin. */
declare module 'saved-operations' {
  const operations: { file: string; query: string }[];
  export default operations;
}
