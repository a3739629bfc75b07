// What a scheduler run is: the Pub/Sub message id (idempotency of the trigger) and an optional payload.
import { z } from 'zod';

/** Pub/Sub messagePublished CloudEvent data. */
export const pubSubDataSchema = z.object({
  message: z.object({
    data: z.string().optional(),
    attributes: z.record(z.string(), z.string()).optional(),
    messageId: z.string().min(1),
    publishTime: z.string().optional(),
  }),
  subscription: z.string().optional(),
});

export type PubSubMessagePublished = z.infer<typeof pubSubDataSchema>;

/** Optional JSON in message.data: restrict to some campaigns, or run as of a given local date (tests, catch-up). */
const payloadSchema = z
  .object({
    campaignIds: z.array(z.string().min(1)).optional(),
    date: z.iso.date().optional(),
  })
  .strict();

export interface ScheduleTrigger {
  messageId: string;
  campaignIds?: string[];
  date?: string;
}

/** Parses the CloudEvent data; returns null when it is not a Pub/Sub message we understand. */
export function parseScheduleTrigger(data: unknown): ScheduleTrigger | null {
  const event = pubSubDataSchema.safeParse(data);
  if (!event.success) return null;
  const payload = payloadSchema.safeParse(decodePayload(event.data.message.data));
  if (!payload.success) return null;
  return { messageId: event.data.message.messageId, ...dropUndefined(payload.data) };
}

function decodePayload(base64: string | undefined): unknown {
  if (!base64) return {};
  const text = Buffer.from(base64, 'base64').toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return { invalid: text };
  }
}

function dropUndefined(p: {
  campaignIds?: string[] | undefined;
  date?: string | undefined;
}): Omit<ScheduleTrigger, 'messageId'> {
  return { ...(p.campaignIds ? { campaignIds: p.campaignIds } : {}), ...(p.date ? { date: p.date } : {}) };
}

/** The binary-mode HTTP request a Pub/Sub push of a CloudEvent makes (used by scripts/ and tests). */
export function pubSubCloudEventRequest(options: {
  messageId: string;
  topic: string;
  payload?: object;
  now?: Date;
}) {
  const publishTime = (options.now ?? new Date()).toISOString();
  const data: PubSubMessagePublished = {
    message: {
      data: Buffer.from(JSON.stringify(options.payload ?? {})).toString('base64'),
      attributes: {},
      messageId: options.messageId,
      publishTime,
    },
    subscription: `projects/demo-tonvinh/subscriptions/${options.topic}-sub`,
  };
  const headers = {
    'content-type': 'application/json',
    'ce-id': options.messageId,
    'ce-specversion': '1.0',
    'ce-type': 'google.cloud.pubsub.topic.v1.messagePublished',
    'ce-source': `//pubsub.googleapis.com/projects/demo-tonvinh/topics/${options.topic}`,
    'ce-time': publishTime,
  };
  return { headers, body: JSON.stringify(data) };
}
