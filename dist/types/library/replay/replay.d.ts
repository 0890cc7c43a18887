/**
 * Replaying a recording against the old app, a second instance of the old app (the twin) and the
 * new app, in the manner of Twitter's diffy: what the two old instances disagree on is noise
 * (timestamps, generated ids, `Date`), learned from the run instead of listed by hand, and is
 * never a failure. Values that differ but correspond (an id one instance generated and a later
 * request uses) are followed: requests to each instance carry that instance's own value, and a
 * difference between two corresponding values is matched, not reported.
 */
import type { Difference } from '../../common/records.js';
import { type RecordedRequest } from './traffic.js';
/** The three instances a recording is replayed against. */
export type ReplayRole = 'old' | 'old-twin' | 'new';
/** What one instance answered. */
export interface ReplayResponse {
    status: number;
    headers: Record<string, string>;
    body: unknown;
}
/** The outcome of one replayed request. */
export interface ReplayStep {
    /** The request, as recorded. */
    request: RecordedRequest;
    /** Differences between old and new that are neither noise nor corresponding values: failures. */
    differences: Difference[];
    /** Differences between old and new at paths the two old instances disagree on (not failures). */
    noise: Difference[];
    /** Differences between old and new whose values correspond (the same generated id). */
    matched: Difference[];
    /** What each instance answered. */
    responses: Record<ReplayRole, ReplayResponse>;
}
/** Options of a `Replayer`. */
export interface ReplayerOptions {
    /** Milliseconds before one request is abandoned (default 30000). */
    timeoutMs?: number;
    /**
     * How to set each instance's clock (its app's `setClock`). Before each request every instance
     * that has one is set to the same instant: the request's recorded `time`, else the moment the
     * replay reached it. Rows written in one second then carry the same timestamp on every
     * instance and tie the same way in a sorted list, so a tie is never read as a changed sort.
     */
    clocks?: Partial<Record<ReplayRole, (time: Date) => unknown>>;
}
/**
 * Replays requests one at a time, in order, against the three base URLs, and keeps what it has
 * learned (noise paths by route, corresponding values by instance) between requests.
 */
export declare class Replayer {
    private readonly baseUrls;
    private readonly noiseByRoute;
    private readonly noiseHeaders;
    private readonly sortKeys;
    private readonly valueOf;
    private readonly timeoutMs;
    private readonly clocks;
    constructor(baseUrls: Record<ReplayRole, string>, options?: ReplayerOptions);
    /** Sends `request` to the three instances at once, learns from the answers and compares them. */
    step(request: RecordedRequest): Promise<ReplayStep>;
    /** Whether old's `a` and `role`'s `b` are the same value, or correspond (generated ids). */
    private sameValue;
    private learnSortKeys;
    private compare;
    private isNoise;
    /** Whether old's value and `role`'s value at this difference stand for the same reference value. */
    private corresponds;
    private learnValues;
    /** The request as `role` must receive it: reference values replaced by that instance's own. */
    private translate;
    private send;
}
/**
 * The route of a request for learning noise: the method and the path with id-like segments
 * (numbers, uuids, long hex or mixed tokens) as `:id`, without the query (`GET /items/:id`).
 */
export declare function routeKey(request: Pick<RecordedRequest, 'method' | 'path'>): string;
/** The failure message of a step: the request, its differences, then the noise and matched values. */
export declare function describeStep(step: ReplayStep, total: number, showPath?: (path: string) => string): string;
