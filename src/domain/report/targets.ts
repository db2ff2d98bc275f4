/**
 * The monitoring table's targets (DOMAIN.md §5, source 004 §2.1): response time by channel, first-contact
 * resolution and average satisfaction.
 */
import type { RuleSettings } from "../settings";

/** Channels whose response target is targetResponseOnline (在线客服, APP) or targetResponsePhone (电话). */
export const RESPONSE_TARGET_CHANNELS = {
  online: ["在线客服", "APP"],
  phone: ["电话"],
} as const satisfies Record<string, readonly string[]>;

/** The response-time target of a channel in seconds (DOMAIN.md §5); undefined for channels without one. */
export function responseTarget(channel: string | undefined, rules: RuleSettings): number | undefined {
  if (channel === undefined) return undefined;
  if ((RESPONSE_TARGET_CHANNELS.online as readonly string[]).includes(channel)) return rules.targetResponseOnline;
  if ((RESPONSE_TARGET_CHANNELS.phone as readonly string[]).includes(channel)) return rules.targetResponsePhone;
  return undefined;
}

/** Which figures of a monitoring row miss their target (DOMAIN.md §5). A figure without data misses nothing. */
export interface TargetMisses {
  /** avgResponseSeconds > the channel's target. */
  readonly response: boolean;
  /** fcrRate < targetFcr. */
  readonly fcr: boolean;
  /** avgSatisfaction < targetSatisfaction. */
  readonly satisfaction: boolean;
}

export function targetMisses(
  figures: {
    readonly avgResponseSeconds: number | undefined;
    readonly fcrRate: number | undefined;
    readonly avgSatisfaction: number | undefined;
  },
  target: number | undefined,
  rules: RuleSettings,
): TargetMisses {
  const { avgResponseSeconds: response, fcrRate, avgSatisfaction } = figures;
  return {
    response: response !== undefined && target !== undefined && response > target,
    fcr: fcrRate !== undefined && fcrRate < rules.targetFcr,
    satisfaction: avgSatisfaction !== undefined && avgSatisfaction < rules.targetSatisfaction,
  };
}
