/**
 * Date and DateTime scalars that keep the value as written. graphql-scalars' DateTime turns
 * input into a JS Date, which drops the UTC offset; the offset matters here ("Posted 1:16 PM CST",
 * and a bare "Tuesday" resolves against the publisher's local date), so the string is kept.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function validDateTime(value: string): boolean {
  return DATE_TIME.test(value) && validDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

function stringScalar(name: string, description: string, valid: (v: string) => boolean, example: string) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !valid(value)) {
      throw new GraphQLError(`${name} must be an ISO 8601 value like ${example}, got ${JSON.stringify(value)?.slice(0, 60)}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: check,
    parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const DateScalar = stringScalar('Date', 'A calendar date, e.g. 2022-03-02.', validDate, '2022-03-02');
export const DateTimeScalar = stringScalar(
  'DateTime',
  'An ISO 8601 date-time with its UTC offset, e.g. 2022-03-02T13:16:00-06:00.',
  validDateTime,
  '2022-03-02T13:16:00-06:00',
);
