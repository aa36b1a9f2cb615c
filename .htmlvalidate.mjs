// html-validate's configuration for the built pages (test/e2e/html-validation.test.ts checks every page with
// it): its standard rules, none turned off. The style-only rules of its "recommended" preset are not used: they
// judge how React writes valid HTML (<input/>, maxLength, selected=""), not what the markup says. The test
// leaves out the one element Astro writes into the body before the first island (a <style>), and nothing else.
export default {
  root: true,
  extends: ['html-validate:standard'],
};
