// For the plain TypeScript compiler (`tsc` in `npm run check`), which does not read .astro files;
// `astro check` type-checks them itself.
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
