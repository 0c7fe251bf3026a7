// Labels: list, create (422 already_exists when the name is taken, in any case), read and delete one.
import {
  checkBody,
  notFound,
  page,
  refuseReadOnly,
  validationFailed,
  type Route,
  type RouteContext,
} from '../http.js';

const ONE = /^\/labels\/([^/]+)$/;

function labelAt(context: RouteContext, match: RegExpExecArray) {
  const label = context.state.label(decodeURIComponent(match[1]!));
  if (!label) throw notFound();
  return label;
}

export const labelRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/labels$/,
    handle: (context) => page(context, [...context.state.labels.values()].map(context.shapes.label)),
  },
  {
    method: 'POST',
    path: /^\/labels$/,
    handle(context) {
      refuseReadOnly(context);
      const { input, state } = context;
      checkBody(input, { name: 'string', color: 'string?', description: 'string|null' });
      const name = input.name as string;
      const invalid = (field: string) => validationFailed([{ resource: 'Label', code: 'invalid', field }]);
      if (name.length > 50) throw invalid('name');
      if (typeof input.color === 'string' && !/^[0-9a-fA-F]{6}$/.test(input.color)) throw invalid('color');
      if (typeof input.description === 'string' && input.description.length > 100)
        throw invalid('description');
      if (state.label(name))
        throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      const label = state.ensureLabel(name, typeof input.description === 'string' ? input.description : null);
      if (typeof input.color === 'string') label.color = input.color;
      return { status: 201, body: context.shapes.label(label) };
    },
  },
  {
    method: 'GET',
    path: ONE,
    handle: (context, match) => ({ status: 200, body: context.shapes.label(labelAt(context, match)) }),
  },
  {
    method: 'DELETE',
    path: ONE,
    handle(context, match) {
      refuseReadOnly(context);
      const label = labelAt(context, match);
      context.state.labels.delete(label.name.toLowerCase());
      for (const issue of context.state.issues.values()) {
        issue.labels = issue.labels.filter((name) => name.toLowerCase() !== label.name.toLowerCase());
      }
      return { status: 204, body: null };
    },
  },
];
