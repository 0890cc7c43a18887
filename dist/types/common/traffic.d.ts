/** One recorded request, in recording order. */
export interface RecordedRequest {
    /** 0-based position in the recording. */
    index: number;
    /** 1-based line of the recording it came from (JSON Lines: its line; HAR: the entry's `request` line). */
    line: number;
    /** Upper-case method. */
    method: string;
    /** Path and query, e.g. `/items?limit=5`, relative to the app. */
    path: string;
    /** Request headers as recorded (names in lower case). */
    headers: Record<string, string>;
    /** The body as text, or undefined. */
    body?: string;
    /** What the recorded app answered, when the recording has it (used to follow ids). */
    response?: RecordedResponse;
    /** The test this request belongs to, when the user groups requests (`group` in JSON Lines). */
    group?: string;
    /**
     * When it was recorded (HAR `startedDateTime`, JSON Lines `time`), in ms since the epoch: the
     * clock every instance is set to for this request when the apps let the replay set their clock.
     */
    time?: number;
}
/** A recorded response. */
export interface RecordedResponse {
    /** The status code. */
    status: number;
    /** Headers, names in lower case. */
    headers: Record<string, string>;
    /** Parsed JSON when the content type says JSON, else the text; undefined when not recorded. */
    body?: unknown;
}
/** A recording that cannot be replayed; the message names the line (and the file, when known). */
export declare class TrafficError extends Error {
    /** The 1-based line at fault, when there is one. */
    readonly line: number | undefined;
    constructor(message: string, line?: number);
}
/** Headers whose values are secrets: masked in every message, report and test title. */
export declare const SECRET_HEADERS: ReadonlySet<string>;
/** A copy of `headers` with the values of secret headers (`Authorization`, cookies...) as `***`. */
export declare function maskHeaders(headers: Record<string, string>): Record<string, string>;
/** Where a recording comes from: a file path (`.har`, `.json`, `.jsonl`, `.ndjson`), or its text. */
export type TrafficSource = string | {
    text: string;
    format: 'har' | 'jsonl';
    name?: string;
} | readonly Omit<RecordedRequest, 'index' | 'line'>[];
/** Options of `loadTraffic`. */
export interface LoadTrafficOptions {
    /**
     * The recorded app's origin (`http://localhost:3000`). Absolute URLs must have it; default: the
     * origin of the first absolute URL in the recording.
     */
    appOrigin?: string;
}
/**
 * Reads and checks a recording. Throws a `TrafficError` naming the line for a line that is not
 * JSON, a request without method or path, or a URL on another host than the app's.
 */
export declare function loadTraffic(source: TrafficSource, options?: LoadTrafficOptions): RecordedRequest[];
