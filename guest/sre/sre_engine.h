// mpsandbox: the matching engine of `_sre` (modsre.c), included once per character width
// with SRE_CHAR (the element type of the subject) and SRE(name) (the name of a function
// for that width) defined.
//
// It runs the code CPython 3.11's re/_compiler.py emits (opcodes of re/_constants.py) with
// the backtracking semantics of CPython's engine, so that every match, group and lastindex
// is the same. No C recursion: a call of a sub-pattern pushes a frame on st->frames and
// jumps; its return pops the frame and resumes the caller at the label its `jump` names.
// Saved group marks and repeat pointers go on st->data. Both stacks live on the heap and
// grow as needed, so deep or catastrophic patterns are limited by memory (MemoryError) and
// by the sandbox's fuel, never by the C stack.

// ---- single characters ----

static bool SRE(in_charset)(const sre_code_t *set, uint32_t ch) {
    bool ok = true;
    for (;;) {
        SRE_CHECK_SET(set);
        switch (*set++) {
            case SRE_OP_FAILURE:
                return !ok;
            case SRE_OP_LITERAL:
                if (ch == set[0]) {
                    return ok;
                }
                set += 1;
                break;
            case SRE_OP_CATEGORY:
                if (sre_category(set[0], ch)) {
                    return ok;
                }
                set += 1;
                break;
            case SRE_OP_CHARSET:
                if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31)))) {
                    return ok;
                }
                set += 8;
                break;
            case SRE_OP_RANGE:
                if (set[0] <= ch && ch <= set[1]) {
                    return ok;
                }
                set += 2;
                break;
            case SRE_OP_RANGE_UNI_IGNORE: {
                // ch is already lower-cased
                if (set[0] <= ch && ch <= set[1]) {
                    return ok;
                }
                uint32_t up = sre_upper_unicode(ch);
                if (set[0] <= up && up <= set[1]) {
                    return ok;
                }
                set += 2;
                break;
            }
            case SRE_OP_NEGATE:
                ok = !ok;
                break;
            case SRE_OP_BIGCHARSET: {
                // <BIGCHARSET> <count> <256 block numbers, as bytes> <count 256-bit blocks>
                uint32_t count = *set++;
                if (ch < 0x10000) {
                    uint32_t block = ((const uint8_t *)set)[ch >> 8];
                    const sre_code_t *bits = set + 64 + block * 8;
                    if (bits[(ch & 255) >> 5] & (1u << (ch & 31))) {
                        return ok;
                    }
                }
                set += 64 + count * 8;
                break;
            }
            default:
                // refused by the validator
                return false;
        }
    }
}

static bool SRE(in_charset_loc_ignore)(const sre_code_t *set, uint32_t ch) {
    uint32_t lo = sre_lower_locale(ch);
    if (SRE(in_charset)(set, lo)) {
        return true;
    }
    uint32_t up = sre_upper_locale(ch);
    return up != lo && SRE(in_charset)(set, up);
}

// Whether the single-character operation at op matches ch (the validator allows only
// these as the item of REPEAT_ONE and its variants).
static inline bool SRE(char_matches)(const sre_code_t *op, uint32_t ch) {
    switch (op[0]) {
        case SRE_OP_LITERAL:
            return ch == op[1];
        case SRE_OP_NOT_LITERAL:
            return ch != op[1];
        case SRE_OP_ANY:
            return ch != '\n';
        case SRE_OP_ANY_ALL:
            return true;
        case SRE_OP_IN:
            return SRE(in_charset)(op + 2, ch);
        case SRE_OP_IN_IGNORE:
            return SRE(in_charset)(op + 2, sre_lower_ascii(ch));
        case SRE_OP_IN_UNI_IGNORE:
            return SRE(in_charset)(op + 2, sre_lower_unicode(ch));
        case SRE_OP_IN_LOC_IGNORE:
            return SRE(in_charset_loc_ignore)(op + 2, ch);
        case SRE_OP_LITERAL_IGNORE:
            return sre_lower_ascii(ch) == op[1];
        case SRE_OP_NOT_LITERAL_IGNORE:
            return sre_lower_ascii(ch) != op[1];
        case SRE_OP_LITERAL_UNI_IGNORE:
            return sre_lower_unicode(ch) == op[1];
        case SRE_OP_NOT_LITERAL_UNI_IGNORE:
            return sre_lower_unicode(ch) != op[1];
        case SRE_OP_LITERAL_LOC_IGNORE:
            return sre_char_loc_ignore(op[1], ch);
        case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            return !sre_char_loc_ignore(op[1], ch);
        case SRE_OP_CATEGORY:
            return sre_category(op[1], ch);
        default:
            return false;
    }
}

// How many times, at most maxcount, the single-character item at op matches from st->ptr.
static mp_int_t SRE(count)(sre_state_t *st, const sre_code_t *op, sre_code_t maxcount) {
    const SRE_CHAR *s = (const SRE_CHAR *)st->chars;
    mp_int_t ptr = st->ptr;
    mp_int_t end = st->end;
    if (maxcount != SRE_MAXREPEAT && (int64_t)maxcount < (int64_t)(end - ptr)) {
        end = ptr + (mp_int_t)maxcount;
    }
    switch (op[0]) {
        case SRE_OP_ANY_ALL:
            ptr = end;
            break;
        case SRE_OP_ANY:
            while (ptr < end && SRE_S(ptr) != '\n') {
                ptr++;
            }
            break;
        case SRE_OP_LITERAL: {
            sre_code_t c = op[1];
            while (ptr < end && (sre_code_t)SRE_S(ptr) == c) {
                ptr++;
            }
            break;
        }
        case SRE_OP_NOT_LITERAL: {
            sre_code_t c = op[1];
            while (ptr < end && (sre_code_t)SRE_S(ptr) != c) {
                ptr++;
            }
            break;
        }
        case SRE_OP_IN:
            while (ptr < end && SRE(in_charset)(op + 2, SRE_S(ptr))) {
                ptr++;
            }
            break;
        default:
            while (ptr < end && SRE(char_matches)(op, SRE_S(ptr))) {
                ptr++;
            }
            break;
    }
    return ptr - st->ptr;
}

static bool SRE(at)(sre_state_t *st, mp_int_t ptr, sre_code_t at) {
    const SRE_CHAR *s = (const SRE_CHAR *)st->chars;
    mp_int_t end = st->end;
    bool before, here;
    switch (at) {
        case SRE_AT_BEGINNING:
        case SRE_AT_BEGINNING_STRING:
            return ptr == 0;
        case SRE_AT_BEGINNING_LINE:
            return ptr == 0 || SRE_S(ptr - 1) == '\n';
        case SRE_AT_END:
            return ptr == end || (end - ptr == 1 && SRE_S(ptr) == '\n');
        case SRE_AT_END_LINE:
            // (past end only with pos > endpos; CPython then looks at the character)
            return ptr == end || (ptr < st->length && SRE_S(ptr) == '\n');
        case SRE_AT_END_STRING:
            return ptr == end;
        case SRE_AT_BOUNDARY:
        case SRE_AT_NON_BOUNDARY:
            if (end == 0) {
                return false;
            }
            before = ptr > 0 && sre_ascii_is(SRE_S(ptr - 1), SRE_A_WORD);
            here = ptr < end && sre_ascii_is(SRE_S(ptr), SRE_A_WORD);
            return (before != here) == (at == SRE_AT_BOUNDARY);
        case SRE_AT_LOC_BOUNDARY:
        case SRE_AT_LOC_NON_BOUNDARY:
            if (end == 0) {
                return false;
            }
            before = ptr > 0 && sre_loc_is_word(SRE_S(ptr - 1));
            here = ptr < end && sre_loc_is_word(SRE_S(ptr));
            return (before != here) == (at == SRE_AT_LOC_BOUNDARY);
        case SRE_AT_UNI_BOUNDARY:
        case SRE_AT_UNI_NON_BOUNDARY:
            if (end == 0) {
                return false;
            }
            before = ptr > 0 && sre_uni_is_word(SRE_S(ptr - 1));
            here = ptr < end && sre_uni_is_word(SRE_S(ptr));
            return (before != here) == (at == SRE_AT_UNI_BOUNDARY);
        default:
            return false;
    }
}

// ---- the backtracking machine ----

// Whether the sub-pattern at pc matches at st->ptr; on success st->ptr is where it ends
// and the marks hold its groups. toplevel: this is the whole pattern (the match_all and
// must_advance conditions apply to its end).
static mp_int_t SRE(match)(sre_state_t *st, const sre_code_t *pc, bool toplevel) {
    const SRE_CHAR *s = (const SRE_CHAR *)st->chars;
    const mp_int_t end = st->end;
    const size_t base = st->nframes;
    mp_int_t ptr;
    mp_int_t ret = 0;
    sre_frame_t *ctx = sre_push_frame(st);
    ctx->jump = SRE_J_NONE;
    ctx->toplevel = toplevel;

    // Call the sub-pattern at TARGET as a new frame; execution continues after the CALL
    // when it returns, with `ret` its result and pc, ptr as they were.
    #define CALL(J, TARGET, TOP) do { \
        const sre_code_t *target_ = (TARGET); \
        bool top_ = (TOP); \
        ctx->pc = pc; \
        ctx->ptr = ptr; \
        ctx = sre_push_frame(st); \
        ctx->jump = (J); \
        ctx->toplevel = top_; \
        pc = target_; \
        goto entrance; \
} while (0)
    #define FAIL() goto fail
    #define SUCCEED() goto succeed
    #define REP (&st->frames[ctx->rep])
    #define LASTMARK_SAVE() do { ctx->lastmark = st->lastmark; ctx->lastindex = st->lastindex; } while (0)
    #define LASTMARK_RESTORE() do { st->lastmark = ctx->lastmark; st->lastindex = ctx->lastindex; } while (0)

entrance:
    SRE_CHECK_PC(st, pc);
    ptr = st->ptr;
    if (pc[0] == SRE_OP_INFO) {
        // <INFO> <skip> <flags> <min> ...: fail early when too few characters remain
        if (pc[3] && (mp_uint_t)(end - ptr) < pc[3]) {
            FAIL();
        }
        pc += pc[1] + 1;
    }

dispatch:
    SRE_CHECK_PC(st, pc);
    switch (*pc++) {
        case SRE_OP_MARK: {
            // <MARK> <gid>
            mp_int_t i = pc[0];
            if (i & 1) {
                st->lastindex = i / 2 + 1;
            }
            if (i > st->lastmark) {
                for (mp_int_t j = st->lastmark + 1; j < i; j++) {
                    st->mark[j] = -1;
                }
                st->lastmark = i;
            }
            st->mark[i] = ptr;
            pc++;
            goto dispatch;
        }

        case SRE_OP_LITERAL:
            if (ptr >= end || (sre_code_t)SRE_S(ptr) != pc[0]) {
                FAIL();
            }
            pc++;
            ptr++;
            goto dispatch;

        case SRE_OP_NOT_LITERAL:
            if (ptr >= end || (sre_code_t)SRE_S(ptr) == pc[0]) {
                FAIL();
            }
            pc++;
            ptr++;
            goto dispatch;

        case SRE_OP_LITERAL_IGNORE:
        case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE:
        case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE:
        case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        case SRE_OP_CATEGORY:
            if (ptr >= end || !SRE(char_matches)(pc - 1, SRE_S(ptr))) {
                FAIL();
            }
            pc++;
            ptr++;
            goto dispatch;

        case SRE_OP_ANY:
            if (ptr >= end || SRE_S(ptr) == '\n') {
                FAIL();
            }
            ptr++;
            goto dispatch;

        case SRE_OP_ANY_ALL:
            if (ptr >= end) {
                FAIL();
            }
            ptr++;
            goto dispatch;

        case SRE_OP_IN:
            // <IN> <skip> <set>
            if (ptr >= end || !SRE(in_charset)(pc + 1, SRE_S(ptr))) {
                FAIL();
            }
            pc += pc[0];
            ptr++;
            goto dispatch;

        case SRE_OP_IN_IGNORE:
        case SRE_OP_IN_UNI_IGNORE:
        case SRE_OP_IN_LOC_IGNORE:
            if (ptr >= end || !SRE(char_matches)(pc - 1, SRE_S(ptr))) {
                FAIL();
            }
            pc += pc[0];
            ptr++;
            goto dispatch;

        case SRE_OP_AT:
            if (!SRE(at)(st, ptr, pc[0])) {
                FAIL();
            }
            pc++;
            goto dispatch;

        case SRE_OP_SUCCESS:
            if (ctx->toplevel && ((st->match_all && ptr != st->end)
                                  || (st->must_advance && ptr == st->start))) {
                FAIL();
            }
            st->ptr = ptr;
            SUCCEED();

        case SRE_OP_FAILURE:
            FAIL();

        case SRE_OP_JUMP:
        case SRE_OP_INFO:
            // <JUMP> <offset>
            pc += pc[0];
            goto dispatch;

        case SRE_OP_BRANCH:
            // <BRANCH> <skip> code <JUMP> ... <0>
            LASTMARK_SAVE();
            if (st->repeat >= 0) {
                sre_marks_push(st, ctx->lastmark);
            }
            for (; pc[0]; pc += pc[0]) {
                // a branch starting with a literal or a set that cannot match is skipped
                if (pc[1] == SRE_OP_LITERAL && (ptr >= end || (sre_code_t)SRE_S(ptr) != pc[2])) {
                    continue;
                }
                if (pc[1] == SRE_OP_IN && (ptr >= end || !SRE(in_charset)(pc + 3, SRE_S(ptr)))) {
                    continue;
                }
                st->ptr = ptr;
                CALL(SRE_J_BRANCH, pc + 1, ctx->toplevel);
            resume_branch:
                if (ret) {
                    if (st->repeat >= 0) {
                        sre_marks_discard(st, ctx->lastmark);
                    }
                    SUCCEED();
                }
                if (st->repeat >= 0) {
                    sre_marks_restore(st, ctx->lastmark, false);
                }
                LASTMARK_RESTORE();
            }
            if (st->repeat >= 0) {
                sre_marks_discard(st, ctx->lastmark);
            }
            FAIL();

        case SRE_OP_REPEAT_ONE:
            // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy repeat of a
            // single-character item, then backtrack one character at a time
            if ((int64_t)pc[1] > (int64_t)(end - ptr)) {
                FAIL();
            }
            st->ptr = ptr;
            ctx->count = SRE(count)(st, pc + 3, pc[2]);
            ptr += ctx->count;
            if ((int64_t)ctx->count < (int64_t)pc[1]) {
                FAIL();
            }
            if (pc[pc[0]] == SRE_OP_SUCCESS && ptr == st->end
                && !(ctx->toplevel && st->must_advance && ptr == st->start)) {
                // nothing follows: done
                st->ptr = ptr;
                SUCCEED();
            }
            LASTMARK_SAVE();
            if (st->repeat >= 0) {
                sre_marks_push(st, ctx->lastmark);
            }
            if (pc[pc[0]] == SRE_OP_LITERAL) {
                // the tail starts with a literal: only try where it is
                ctx->chr = pc[pc[0] + 1];
                for (;;) {
                    while ((int64_t)ctx->count >= (int64_t)pc[1]
                           && (ptr >= end || (sre_code_t)SRE_S(ptr) != ctx->chr)) {
                        ptr--;
                        ctx->count--;
                    }
                    if ((int64_t)ctx->count < (int64_t)pc[1]) {
                        break;
                    }
                    st->ptr = ptr;
                    CALL(SRE_J_REPEAT_ONE_1, pc + pc[0], ctx->toplevel);
                resume_repeat_one_1:
                    if (ret) {
                        if (st->repeat >= 0) {
                            sre_marks_discard(st, ctx->lastmark);
                        }
                        SUCCEED();
                    }
                    if (st->repeat >= 0) {
                        sre_marks_restore(st, ctx->lastmark, false);
                    }
                    LASTMARK_RESTORE();
                    ptr--;
                    ctx->count--;
                }
            } else {
                while ((int64_t)ctx->count >= (int64_t)pc[1]) {
                    st->ptr = ptr;
                    CALL(SRE_J_REPEAT_ONE_2, pc + pc[0], ctx->toplevel);
                resume_repeat_one_2:
                    if (ret) {
                        if (st->repeat >= 0) {
                            sre_marks_discard(st, ctx->lastmark);
                        }
                        SUCCEED();
                    }
                    if (st->repeat >= 0) {
                        sre_marks_restore(st, ctx->lastmark, false);
                    }
                    LASTMARK_RESTORE();
                    ptr--;
                    ctx->count--;
                }
            }
            if (st->repeat >= 0) {
                sre_marks_discard(st, ctx->lastmark);
            }
            FAIL();

        case SRE_OP_MIN_REPEAT_ONE:
            // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy repeat of a
            // single-character item
            if ((int64_t)pc[1] > (int64_t)(end - ptr)) {
                FAIL();
            }
            st->ptr = ptr;
            if (pc[1] == 0) {
                ctx->count = 0;
            } else {
                mp_int_t n = SRE(count)(st, pc + 3, pc[1]);
                if ((int64_t)n < (int64_t)pc[1]) {
                    FAIL();
                }
                ctx->count = n;
                ptr += n;
            }
            if (pc[pc[0]] == SRE_OP_SUCCESS
                && !(ctx->toplevel && ((st->match_all && ptr != st->end)
                                       || (st->must_advance && ptr == st->start)))) {
                st->ptr = ptr;
                SUCCEED();
            }
            LASTMARK_SAVE();
            if (st->repeat >= 0) {
                sre_marks_push(st, ctx->lastmark);
            }
            while (pc[2] == SRE_MAXREPEAT || (int64_t)ctx->count <= (int64_t)pc[2]) {
                st->ptr = ptr;
                CALL(SRE_J_MIN_REPEAT_ONE, pc + pc[0], ctx->toplevel);
            resume_min_repeat_one:
                if (ret) {
                    if (st->repeat >= 0) {
                        sre_marks_discard(st, ctx->lastmark);
                    }
                    SUCCEED();
                }
                if (st->repeat >= 0) {
                    sre_marks_restore(st, ctx->lastmark, false);
                }
                LASTMARK_RESTORE();
                st->ptr = ptr;
                if (SRE(count)(st, pc + 3, 1) == 0) {
                    break;
                }
                ptr++;
                ctx->count++;
            }
            if (st->repeat >= 0) {
                sre_marks_discard(st, ctx->lastmark);
            }
            FAIL();

        case SRE_OP_POSSESSIVE_REPEAT_ONE:
            // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
            if ((int64_t)pc[1] > (int64_t)(end - ptr)) {
                FAIL();
            }
            st->ptr = ptr;
            ctx->count = SRE(count)(st, pc + 3, pc[2]);
            ptr += ctx->count;
            if ((int64_t)ctx->count < (int64_t)pc[1]) {
                FAIL();
            }
            pc += pc[0];
            if (*pc == SRE_OP_SUCCESS && ptr == st->end
                && !(ctx->toplevel && st->must_advance && ptr == st->start)) {
                st->ptr = ptr;
                SUCCEED();
            }
            goto dispatch;

        case SRE_OP_REPEAT:
            // <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail: this frame
            // holds the repeat record the UNTIL operator works with
            ctx->r_count = -1;
            ctx->r_pc = pc;
            ctx->r_last_ptr = -1;
            ctx->r_prev = st->repeat;
            st->repeat = (mp_int_t)(st->nframes - 1);
            st->ptr = ptr;
            CALL(SRE_J_REPEAT, pc + pc[0], ctx->toplevel);
        resume_repeat:
            st->repeat = ctx->r_prev;
            if (ret) {
                SUCCEED();
            }
            FAIL();

        case SRE_OP_MAX_UNTIL:
            // greedy: one more item if possible, else the tail
            ctx->rep = st->repeat;
            if (ctx->rep < 0) {
                sre_raise_internal();
            }
            st->ptr = ptr;
            ctx->count = REP->r_count + 1;
            if ((int64_t)ctx->count < (int64_t)REP->r_pc[1]) {
                // fewer than min items so far
                REP->r_count = ctx->count;
                CALL(SRE_J_MAX_UNTIL_1, REP->r_pc + 3, ctx->toplevel);
            resume_max_until_1:
                if (ret) {
                    SUCCEED();
                }
                REP->r_count = ctx->count - 1;
                st->ptr = ptr;
                FAIL();
            }
            if (((int64_t)ctx->count < (int64_t)REP->r_pc[2] || REP->r_pc[2] == SRE_MAXREPEAT)
                && st->ptr != REP->r_last_ptr) {
                // enough items, but try one more (not again at the same place: an item
                // that matched the empty string would loop)
                REP->r_count = ctx->count;
                LASTMARK_SAVE();
                sre_marks_push(st, ctx->lastmark);
                sre_data_push(st, REP->r_last_ptr);
                REP->r_last_ptr = st->ptr;
                CALL(SRE_J_MAX_UNTIL_2, REP->r_pc + 3, ctx->toplevel);
            resume_max_until_2:
                REP->r_last_ptr = sre_data_pop(st);
                if (ret) {
                    sre_marks_discard(st, ctx->lastmark);
                    SUCCEED();
                }
                sre_marks_restore(st, ctx->lastmark, true);
                LASTMARK_RESTORE();
                REP->r_count = ctx->count - 1;
                st->ptr = ptr;
            }
            // no more items here: the tail must match
            st->repeat = REP->r_prev;
            CALL(SRE_J_MAX_UNTIL_3, pc, ctx->toplevel);
        resume_max_until_3:
            st->repeat = ctx->rep;
            if (ret) {
                SUCCEED();
            }
            st->ptr = ptr;
            FAIL();

        case SRE_OP_MIN_UNTIL: {
            // lazy: the tail if possible, else one more item
            ctx->rep = st->repeat;
            if (ctx->rep < 0) {
                sre_raise_internal();
            }
            st->ptr = ptr;
            ctx->count = REP->r_count + 1;
            if ((int64_t)ctx->count < (int64_t)REP->r_pc[1]) {
                REP->r_count = ctx->count;
                CALL(SRE_J_MIN_UNTIL_1, REP->r_pc + 3, ctx->toplevel);
            resume_min_until_1:
                if (ret) {
                    SUCCEED();
                }
                REP->r_count = ctx->count - 1;
                st->ptr = ptr;
                FAIL();
            }
            st->repeat = REP->r_prev;
            LASTMARK_SAVE();
            if (st->repeat >= 0) {
                sre_marks_push(st, ctx->lastmark);
            }
            CALL(SRE_J_MIN_UNTIL_2, pc, ctx->toplevel);
        resume_min_until_2: {
                mp_int_t repeat_of_tail = st->repeat;
                st->repeat = ctx->rep;
                if (ret) {
                    if (repeat_of_tail >= 0) {
                        sre_marks_discard(st, ctx->lastmark);
                    }
                    SUCCEED();
                }
                if (repeat_of_tail >= 0) {
                    sre_marks_restore(st, ctx->lastmark, true);
                }
            }
            LASTMARK_RESTORE();
            st->ptr = ptr;
            if (((int64_t)ctx->count >= (int64_t)REP->r_pc[2] && REP->r_pc[2] != SRE_MAXREPEAT)
                || st->ptr == REP->r_last_ptr) {
                FAIL();
            }
            REP->r_count = ctx->count;
            sre_data_push(st, REP->r_last_ptr);
            REP->r_last_ptr = st->ptr;
            CALL(SRE_J_MIN_UNTIL_3, REP->r_pc + 3, ctx->toplevel);
        resume_min_until_3:
            REP->r_last_ptr = sre_data_pop(st);
            if (ret) {
                SUCCEED();
            }
            REP->r_count = ctx->count - 1;
            st->ptr = ptr;
            FAIL();
        }

        case SRE_OP_POSSESSIVE_REPEAT:
            // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: as many items
            // as match, each matched once and never given back
            st->ptr = ptr;
            ctx->count = 0;
            while ((int64_t)ctx->count < (int64_t)pc[1]) {
                CALL(SRE_J_POSS_REPEAT_1, pc + 3, false);
            resume_poss_repeat_1:
                if (!ret) {
                    st->ptr = ptr;
                    FAIL();
                }
                ctx->count++;
            }
            ptr = -1;
            while (((int64_t)ctx->count < (int64_t)pc[2] || pc[2] == SRE_MAXREPEAT)
                   && st->ptr != ptr) {
                LASTMARK_SAVE();
                sre_marks_push(st, ctx->lastmark);
                ptr = st->ptr;
                CALL(SRE_J_POSS_REPEAT_2, pc + 3, false);
            resume_poss_repeat_2:
                if (ret) {
                    sre_marks_discard(st, ctx->lastmark);
                    ctx->count++;
                } else {
                    sre_marks_restore(st, ctx->lastmark, true);
                    LASTMARK_RESTORE();
                    st->ptr = ptr;
                    break;
                }
            }
            pc += pc[0] + 1;
            ptr = st->ptr;
            goto dispatch;

        case SRE_OP_ATOMIC_GROUP:
            // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
            st->ptr = ptr;
            CALL(SRE_J_ATOMIC_GROUP, pc + 1, false);
        resume_atomic_group:
            if (!ret) {
                st->ptr = ptr;
                FAIL();
            }
            pc += pc[0];
            ptr = st->ptr;
            goto dispatch;

        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE:
        case SRE_OP_GROUPREF_LOC_IGNORE: {
            // <GROUPREF> <group>: the text the group matched, again
            sre_code_t op = pc[-1];
            mp_int_t g = (mp_int_t)pc[0] * 2;
            if (g >= st->lastmark) {
                FAIL();
            }
            mp_int_t p = st->mark[g], e = st->mark[g + 1];
            if (p < 0 || e < 0 || e < p) {
                FAIL();
            }
            if (e - p > end - ptr) {
                FAIL();
            }
            for (; p < e; p++, ptr++) {
                uint32_t a = SRE_S(ptr), b = SRE_S(p);
                if (op == SRE_OP_GROUPREF_IGNORE) {
                    a = sre_lower_ascii(a);
                    b = sre_lower_ascii(b);
                } else if (op == SRE_OP_GROUPREF_UNI_IGNORE) {
                    a = sre_lower_unicode(a);
                    b = sre_lower_unicode(b);
                } else if (op == SRE_OP_GROUPREF_LOC_IGNORE) {
                    a = sre_lower_locale(a);
                    b = sre_lower_locale(b);
                }
                if (a != b) {
                    FAIL();
                }
            }
            pc++;
            goto dispatch;
        }

        case SRE_OP_GROUPREF_EXISTS: {
            // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
            mp_int_t g = (mp_int_t)pc[0] * 2;
            if (g >= st->lastmark) {
                pc += pc[1];
                goto dispatch;
            }
            mp_int_t p = st->mark[g], e = st->mark[g + 1];
            if (p < 0 || e < 0 || e < p) {
                pc += pc[1];
                goto dispatch;
            }
            pc += 2;
            goto dispatch;
        }

        case SRE_OP_ASSERT:
            // <ASSERT> <skip> <back> pattern: lookahead (back 0) or lookbehind
            if ((int64_t)ptr < (int64_t)pc[1]) {
                FAIL();
            }
            st->ptr = ptr - (mp_int_t)pc[1];
            CALL(SRE_J_ASSERT, pc + 2, false);
        resume_assert:
            if (!ret) {
                FAIL();
            }
            pc += pc[0];
            goto dispatch;

        case SRE_OP_ASSERT_NOT:
            if ((int64_t)ptr >= (int64_t)pc[1]) {
                st->ptr = ptr - (mp_int_t)pc[1];
                LASTMARK_SAVE();
                if (st->repeat >= 0) {
                    sre_marks_push(st, ctx->lastmark);
                }
                CALL(SRE_J_ASSERT_NOT, pc + 2, false);
            resume_assert_not:
                if (ret) {
                    if (st->repeat >= 0) {
                        sre_marks_discard(st, ctx->lastmark);
                    }
                    FAIL();
                }
                if (st->repeat >= 0) {
                    sre_marks_restore(st, ctx->lastmark, true);
                }
                LASTMARK_RESTORE();
            }
            pc += pc[0];
            goto dispatch;

        default:
            // refused by the validator
            sre_raise_internal();
    }

fail:
    ret = 0;
    goto leave;
succeed:
    ret = 1;
leave: {
        uint8_t jump = ctx->jump;
        st->nframes--;
        if (st->nframes == base) {
            return ret;
        }
        ctx = &st->frames[st->nframes - 1];
        pc = ctx->pc;
        ptr = ctx->ptr;
        switch (jump) {
            case SRE_J_BRANCH:
                goto resume_branch;
            case SRE_J_REPEAT_ONE_1:
                goto resume_repeat_one_1;
            case SRE_J_REPEAT_ONE_2:
                goto resume_repeat_one_2;
            case SRE_J_MIN_REPEAT_ONE:
                goto resume_min_repeat_one;
            case SRE_J_REPEAT:
                goto resume_repeat;
            case SRE_J_MAX_UNTIL_1:
                goto resume_max_until_1;
            case SRE_J_MAX_UNTIL_2:
                goto resume_max_until_2;
            case SRE_J_MAX_UNTIL_3:
                goto resume_max_until_3;
            case SRE_J_MIN_UNTIL_1:
                goto resume_min_until_1;
            case SRE_J_MIN_UNTIL_2:
                goto resume_min_until_2;
            case SRE_J_MIN_UNTIL_3:
                goto resume_min_until_3;
            case SRE_J_POSS_REPEAT_1:
                goto resume_poss_repeat_1;
            case SRE_J_POSS_REPEAT_2:
                goto resume_poss_repeat_2;
            case SRE_J_ATOMIC_GROUP:
                goto resume_atomic_group;
            case SRE_J_ASSERT:
                goto resume_assert;
            case SRE_J_ASSERT_NOT:
                goto resume_assert_not;
            default:
                sre_raise_internal();
        }
    }
    #undef CALL
    #undef FAIL
    #undef SUCCEED
    #undef REP
    #undef LASTMARK_SAVE
    #undef LASTMARK_RESTORE
}

// Find the first position from st->start at which the pattern matches; st->start is then
// where the match starts and st->ptr where it ends.
static mp_int_t SRE(search)(sre_state_t *st, const sre_code_t *pc) {
    const SRE_CHAR *s = (const SRE_CHAR *)st->chars;
    mp_int_t ptr = st->start;
    mp_int_t end = st->end;
    sre_code_t flags = 0;
    mp_int_t prefix_len = 0, prefix_skip = 0;
    const sre_code_t *prefix = NULL, *overlap = NULL, *charset = NULL;
    mp_int_t status;

    if (ptr > end) {
        return 0;
    }
    if (pc[0] == SRE_OP_INFO) {
        // <INFO> <skip> <flags> <min> <max> [<prefix info> | <charset>]
        flags = pc[2];
        if (pc[3] && (mp_uint_t)(end - ptr) < pc[3]) {
            return 0;
        }
        if (pc[3] > 1) {
            // a match needs at least min characters: no need to start in the last min-1
            // (the literal and charset searches below use the full end)
            if ((mp_uint_t)(end - ptr) <= pc[3] - 1) {
                end = ptr;
            } else {
                end -= (mp_int_t)(pc[3] - 1);
            }
        }
        if (flags & SRE_INFO_PREFIX) {
            // <length> <skip> <prefix> <overlap table>
            prefix_len = pc[5];
            prefix_skip = pc[6];
            prefix = pc + 7;
            overlap = prefix + prefix_len;
        } else if (flags & SRE_INFO_CHARSET) {
            charset = pc + 5;
        }
        pc += 1 + pc[1];
    }

    if (prefix_len > 0) {
        // the pattern starts with a known literal string: find its occurrences (all of
        // them, left to right, overlapping ones too: Knuth-Morris-Pratt over the overlap
        // table), and try the rest of the pattern after each
        end = st->end;
        for (mp_int_t i = 0; i < prefix_len; i++) {
            if ((sre_code_t)(SRE_CHAR)prefix[i] != prefix[i]) {
                return 0; // wider than the subject's characters: cannot occur
            }
        }
        st->must_advance = false;
        mp_int_t j = 0; // characters of the prefix matched before ptr
        if (prefix_len == 1) {
            SRE_CHAR c = (SRE_CHAR)prefix[0];
            for (; ptr < end; ptr++) {
                if (SRE_S(ptr) != c) {
                    continue;
                }
                st->start = ptr;
                st->ptr = ptr + prefix_skip;
                if (flags & SRE_INFO_LITERAL) {
                    return 1;
                }
                status = SRE(match)(st, pc + 2 * prefix_skip, false);
                if (status != 0) {
                    return status;
                }
                sre_reset_capture(st);
            }
            return 0;
        }
        for (; ptr < end; ptr++) {
            while (j > 0 && (sre_code_t)SRE_S(ptr) != prefix[j]) {
                j = overlap[j - 1];
            }
            if ((sre_code_t)SRE_S(ptr) == prefix[j]) {
                j++;
            }
            if (j == prefix_len) {
                mp_int_t found = ptr - (prefix_len - 1);
                st->start = found;
                st->ptr = found + prefix_skip;
                if (flags & SRE_INFO_LITERAL) {
                    return 1;
                }
                status = SRE(match)(st, pc + 2 * prefix_skip, false);
                if (status != 0) {
                    return status;
                }
                sre_reset_capture(st);
                j = overlap[j - 1];
            }
        }
        return 0;
    }

    if (charset) {
        // the pattern starts with a character of a known set
        end = st->end;
        st->must_advance = false;
        for (;;) {
            while (ptr < end && !SRE(in_charset)(charset, SRE_S(ptr))) {
                ptr++;
            }
            if (ptr >= end) {
                return 0;
            }
            st->start = ptr;
            st->ptr = ptr;
            status = SRE(match)(st, pc, false);
            if (status != 0) {
                return status;
            }
            ptr++;
            sre_reset_capture(st);
        }
    }

    st->start = st->ptr = ptr;
    status = SRE(match)(st, pc, true);
    st->must_advance = false;
    if (status == 0 && pc[0] == SRE_OP_AT
        && (pc[1] == SRE_AT_BEGINNING || pc[1] == SRE_AT_BEGINNING_STRING)) {
        st->start = st->ptr = st->end;
        return 0;
    }
    while (status == 0 && ptr < end) {
        ptr++;
        sre_reset_capture(st);
        st->start = st->ptr = ptr;
        status = SRE(match)(st, pc, false);
    }
    return status;
}
