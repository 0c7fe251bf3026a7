// Validates campaign data against schemas/campaign.schema.json with ajv (compiled once).
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import schema from '../../../schemas/campaign.schema.json' with { type: 'json' };
import { schemaProblem, type SchemaProblem } from './schema-messages.js';

// ajv-formats is CommonJS; its function also sits on its own `default`, which is the one
// name that resolves the same under Node, tsx and the ncc bundle.
const addFormats = ajvFormats.default;

let compiled: ReturnType<Ajv2020['compile']> | undefined;

function validator(): ReturnType<Ajv2020['compile']> {
  if (!compiled) {
    // strictRequired is off because `then: { required: [...] }` names keys defined one level up;
    // verbose puts the failing value on each error, so an empty value can be called empty.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true });
    addFormats(ajv, ['date', 'uri']);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export function validateSchema(data: unknown): SchemaProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // A failed date format and pattern on the same value say the same thing once.
    const problem = schemaProblem(error);
    if (!problem) continue;
    const key = `${problem.path.join('/')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

export { schema as campaignSchema };
