package zhiti.brain.read;

/**
 * What a number in a question measures, read from the unit written beside it, before its role is known: "1024 张"
 * is a count of accelerators, "2 万亿 tokens" a token count, "$2/GPU·h" money per accelerator-hour. Each value is
 * held in the dimension's base unit (days, watts, kWh, bytes, FLOP, USD or the stated currency …).
 */
enum Dim {
    ACCELERATORS, GPU_HOURS, SERVERS, PARAMS, TOKENS, FLOP, FLOP_PER_S, DAYS, HOURS, YEARS, MONEY, WATTS, KWH, BYTES,
    BYTES_PER_S, FRACTION, FACTOR, DATE, LAYERS, HEADS, HEAD_DIM, BATCH, QUERIES, PEOPLE, PLAIN
}
