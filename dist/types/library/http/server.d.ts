/**
 * Starting a version's app on an ephemeral loopback port and closing it again, whatever shape the
 * app comes in: a Node `http.Server`, a request listener (plain function, express or connect app),
 * or an object with `listen` or `callback` (koa-like).
 */
import { type RequestListener, type Server } from 'node:http';
/** An app `describeApiMigration` can start. */
export type AppLike = Server | RequestListener | {
    /** Called as `listen(0, '127.0.0.1')`; must return the `http.Server` (or a promise of it). */
    listen(port: number, host: string, callback?: () => void): unknown;
} | {
    /** Returns a request listener (koa-like); the library serves it on a server of its own. */
    callback(): RequestListener;
};
/** An app and what to release after its server is closed (its database, its timers...). */
export interface AppHandle {
    /** The app to start. */
    app: AppLike;
    /** Called after the server is closed. */
    close?(): unknown;
}
/** A running app. Closing is safe to call more than once. */
export interface StartedApp extends AsyncDisposable {
    /** `http://127.0.0.1:<port>`. */
    baseUrl: string;
    /** The listening Node server (the app's own when it gave one, else one the library made). */
    server: Server;
    /** Closes the server (and every open connection), then releases the handle's resources. */
    close(): Promise<void>;
}
/** Starts `app` on 127.0.0.1 and an ephemeral port (a server already listening is used where it is). */
export declare function startApp(appOrHandle: AppLike | AppHandle): Promise<StartedApp>;
