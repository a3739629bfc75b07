// Records every call the add-on makes on a fake Apps Script service, so tests can count service calls.
// A fake object declares its service name in `serviceName`; objects a recorded method returns are recorded too.

export interface ServiceCall {
  service: string;
  method: string;
  args: unknown[];
}

export const SPREADSHEET_SERVICES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DataValidationBuilder',
  'Ui',
  'Menu',
]);

export class CallLog {
  readonly calls: ServiceCall[] = [];

  push(call: ServiceCall): void {
    this.calls.push(call);
  }

  reset(): void {
    this.calls.length = 0;
  }

  count(filter: (call: ServiceCall) => boolean = () => true): number {
    return this.calls.filter(filter).length;
  }

  /** Calls on SpreadsheetApp and the objects it hands out (spreadsheet, sheets, ranges, Ui, menus). */
  spreadsheetCalls(): number {
    return this.count((call) => SPREADSHEET_SERVICES.has(call.service));
  }

  byService(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const call of this.calls) result[call.service] = (result[call.service] ?? 0) + 1;
    return result;
  }

  names(): string[] {
    return this.calls.map((call) => `${call.service}.${call.method}`);
  }
}

interface ServiceObject {
  serviceName: string;
}

function isServiceObject(value: unknown): value is ServiceObject & object {
  return (
    typeof value === 'object' && value !== null && typeof (value as ServiceObject).serviceName === 'string'
  );
}

const proxies = new WeakMap<object, object>();

function wrapResult(log: CallLog, value: unknown): unknown {
  if (isServiceObject(value)) return recorded(log, value);
  if (Array.isArray(value) && value.length > 0 && value.every(isServiceObject))
    return value.map((item) => recorded(log, item));
  return value;
}

/** A proxy that logs each method call; internal calls between fakes use the raw objects and are not logged. */
export function recorded<T extends ServiceObject & object>(log: CallLog, target: T): T {
  const cached = proxies.get(target);
  if (cached) return cached as T;
  const proxy = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function' || typeof property !== 'string' || property.startsWith('_'))
        return value;
      return (...args: unknown[]) => {
        log.push({ service: object.serviceName, method: property, args });
        return wrapResult(log, (value as (...a: unknown[]) => unknown).apply(object, args));
      };
    },
    set(object, property, value) {
      return Reflect.set(object, property, value, object);
    },
  });
  proxies.set(target, proxy);
  return proxy;
}
