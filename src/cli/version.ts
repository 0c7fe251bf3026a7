// The package's version, for `lessons --version` and the schema copy `lessons init` writes. It is
// bundled into dist/cli.js, so the number is right wherever the bundle runs.
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
