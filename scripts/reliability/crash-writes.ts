/**
 * The writes of the crash-safety script (crash.ts): one request of a mix of creations and versioned edits of
 * projects, diagnostics (answer saves), plans and plan items. Each acknowledged write is remembered with the version
 * the server returned and a mark (the title or free-text answer sent) that must be stored at that version.
 */
import { jsonHeaders, projectBody, type Instance } from './server-process.ts';

export type Kind = 'project' | 'diagnostic' | 'plan' | 'item';

export interface Acked {
  kind: Kind;
  id: string;
  version: number;
  mark: string;
  /** The plan of an item (its routes are under it). */
  parentId?: string;
}

export interface Outcome {
  what: string;
  status: number;
  body: string;
  /** Set for a 200/201 answer: what the server promised to keep. */
  ack?: Acked;
}

/** Acknowledgements received, all kinds together (the script kills the server once a few have come in). */
export const acknowledgements = { count: 0 };

/** Keeps the highest acknowledged version of each record: answers may come back out of order. */
export function acknowledge(acked: Map<string, Acked>, write: Acked) {
  acknowledgements.count++;
  const key = `${write.kind}:${write.id}`;
  const known = acked.get(key);
  if (!known || write.version > known.version) acked.set(key, write);
}

async function send(instance: Instance, method: string, url: string, payload: unknown) {
  const r = await fetch(`${instance.base}${url}`, {
    method,
    headers: jsonHeaders(instance),
    body: JSON.stringify(payload),
  });
  return { status: r.status, text: await r.text() };
}

function pick<T>(items: T[], random: () => number): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

/** One write, chosen at random among those whose record exists; `tag` makes its content unique. */
export async function writeOnce(
  instance: Instance,
  acked: Map<string, Acked>,
  random: () => number,
  tag: string,
): Promise<Outcome> {
  const all = [...acked.values()];
  const of = (kind: Kind) => all.filter((a) => a.kind === kind);
  const roll = random();
  const project = pick(of('project'), random);
  const diagnostic = pick(of('diagnostic'), random);
  const plan = pick(of('plan'), random);
  const item = pick(of('item'), random);

  const created = async (
    what: string,
    kind: Kind,
    url: string,
    payload: unknown,
    mark: string,
    parentId?: string,
  ) => {
    const r = await send(instance, 'POST', url, payload);
    if (r.status !== 201) return { what, status: r.status, body: r.text };
    const body = JSON.parse(r.text) as { id: string; version: number };
    return {
      what,
      status: r.status,
      body: '',
      ack: { kind, id: body.id, version: body.version, mark, parentId },
    };
  };
  const edited = async (
    what: string,
    target: Acked,
    url: string,
    method: string,
    payload: unknown,
    mark: string,
  ) => {
    const r = await send(instance, method, url, payload);
    if (r.status !== 200) return { what, status: r.status, body: r.text };
    const body = JSON.parse(r.text) as { version: number };
    return { what, status: r.status, body: '', ack: { ...target, version: body.version, mark } };
  };

  if (project && roll >= 0.25 && roll < 0.4) {
    const title = `${project.mark.split(' ·')[0]} · révisé ${tag}`;
    return edited(
      'project edit',
      project,
      `/projects/${project.id}`,
      'PATCH',
      { title, version: project.version },
      title,
    );
  }
  if (project && roll >= 0.4 && roll < 0.5)
    return created(
      'diagnostic creation',
      'diagnostic',
      `/projects/${project.id}/diagnostics`,
      { instrumentId: 'carrier-readiness' },
      '',
    );
  if (diagnostic && roll >= 0.5 && roll < 0.7) {
    const text = `Réponse ${tag}`;
    return edited(
      'answer save',
      diagnostic,
      `/diagnostics/${diagnostic.id}/answers`,
      'PATCH',
      {
        version: diagnostic.version,
        answers: {
          'motivation.in-your-words': { text },
          'need.unmet': { choice: random() < 0.5 ? 'yes' : 'no' },
        },
      },
      text,
    );
  }
  if (project && roll >= 0.7 && roll < 0.77) {
    const title = `Feuille de route ${tag}`;
    return created('plan creation', 'plan', `/projects/${project.id}/plans`, { title }, title);
  }
  if (plan && roll >= 0.77 && roll < 0.9) {
    const title = `Risque ${tag}`;
    return created(
      'item creation',
      'item',
      `/plans/${plan.id}/items`,
      { kind: 'risk', title },
      title,
      plan.id,
    );
  }
  if (item && roll >= 0.9) {
    const title = `${item.mark.split(' ·')[0]} · révisé ${tag}`;
    return edited(
      'item edit',
      item,
      `/plans/${item.parentId}/items/${item.id}`,
      'PATCH',
      { title, version: item.version },
      title,
    );
  }
  const title = `Projet ${tag}`;
  return created(
    'project creation',
    'project',
    '/projects',
    projectBody(instance.organisationId, title),
    title,
  );
}
