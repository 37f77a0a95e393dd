// Types for eslint.i18n.mjs, which tests import (the config itself stays plain JavaScript).
export declare const translatedPaths: string[];
export declare const noLiteralStringRule: [string, Record<string, unknown>];
export declare function i18nConfig(files?: string[]): Record<string, unknown>;
