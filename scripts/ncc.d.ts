declare module '@vercel/ncc' {
  interface NccOptions {
    license?: string;
    minify?: boolean;
    sourceMap?: boolean;
    quiet?: boolean;
    target?: string;
    transpileOnly?: boolean;
    externals?: string[];
  }
  interface NccResult {
    code: string;
    assets: Record<string, { source: string | Buffer }>;
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>;
}
