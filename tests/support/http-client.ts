/**
 * A tiny cookie-keeping HTTP client for talking to the real server the way a
 * browser with JavaScript off does: form posts, redirects not followed so the
 * test can look at them.
 */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    readonly defaults: { acceptLanguage?: string; forwardedFor?: string } = {},
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = { ...extra };
    if (this.defaults.acceptLanguage) h["Accept-Language"] = this.defaults.acceptLanguage;
    if (this.defaults.forwardedFor) h["X-Forwarded-For"] = this.defaults.forwardedFor;
    if (this.cookies.size) h.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return h;
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(this.base + path, { headers: this.headers(headers), redirect: "manual" });
    this.remember(res);
    return res;
  }

  async post(
    path: string,
    body: Record<string, string> | string,
    options: { contentType?: string; origin?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers = this.headers({
      "Content-Type": options.contentType ?? "application/x-www-form-urlencoded",
      ...options.headers,
    });
    if (options.origin !== null) headers.Origin = options.origin ?? this.base;
    const res = await fetch(this.base + path, {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : new URLSearchParams(body).toString(),
      redirect: "manual",
    });
    this.remember(res);
    return res;
  }
}

let counter = 0;
/** A unique e-mail address for this test run. */
export function uniqueEmail(label = "user"): string {
  counter += 1;
  return `${label}.${process.pid}.${counter}@example.org`;
}
