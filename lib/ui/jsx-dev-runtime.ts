// The development transform imports from here; same runtime.
export { jsx, jsxs, jsxDEV, Fragment, type JSX } from './jsx-runtime';
