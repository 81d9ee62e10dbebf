// The part of the WebAssembly JavaScript API that detect/gate/byte-gate.ts uses. Node has it all;
// @types/node 20 does not declare it, and lib.dom would bring in the whole browser.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: Record<string, unknown>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}
