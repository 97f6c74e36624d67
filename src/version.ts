/** Engine version, stored with every analysis. Bump when output changes. */
export const ENGINE_VERSION = "0.1.0";
