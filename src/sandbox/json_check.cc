// Strict JSON checking without building anything (json_check.h). One pass over the text
// with an explicit stack of open containers (a bit each: object or array), held inline
// up to 256 levels and in a vector beyond.
#include "sandbox/json_check.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#define MPSBX_INLINE inline __attribute__((always_inline))

namespace mpsandbox {
namespace {

// Bytes that stand for themselves in a string: printable ASCII but '"' and '\\'.
struct PlainBytes {
  bool v[256] = {};
  constexpr PlainBytes() {
    for (int c = 0x20; c < 0x80; ++c) v[c] = c != '"' && c != '\\';
  }
  constexpr bool operator[](unsigned char c) const { return v[c]; }
};
constexpr PlainBytes kPlain;

class Checker {
 public:
  Checker() = default;
  explicit Checker(size_t max_depth) : max_depth_(max_depth) {}
  bool too_deep() const { return too_deep_; }

  // The whole text is one value; with `payload`, also the host-call payload shape. The
  // cursor is a local (the helpers take it by reference and are inlined), so that it
  // stays in a register: the checker's own members escape through the depth vector.
  bool run(std::string_view text, bool payload) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* const end = p + text.size();
    space(p, end);
    if (payload && (p == end || *p != '{')) return false;
  value:
    if (p == end) return false;
    switch (*p) {
      case '{':
        ++p;
        if (!push(true)) return false;
        space(p, end);
        if (p != end && *p == '}') {
          ++p;
          pop();
          goto after_value;
        }
        goto key;
      case '[':
        ++p;
        if (!push(false)) return false;
        space(p, end);
        if (p != end && *p == ']') {
          ++p;
          pop();
          goto after_value;
        }
        goto value;
      case '"':
        ++p;
        if (!string(p, end, nullptr)) return false;
        goto after_value;
      case 't':
        if (!literal(p, end, "true", 4)) return false;
        goto after_value;
      case 'f':
        if (!literal(p, end, "false", 5)) return false;
        goto after_value;
      case 'n':
        if (!literal(p, end, "null", 4)) return false;
        goto after_value;
      default:
        if (!number(p, end)) return false;
        goto after_value;
    }
  key : {
    if (p == end || *p != '"') return false;
    ++p;
    Key k;
    if (!string(p, end, &k)) return false;
    space(p, end);
    if (p == end || *p != ':') return false;
    ++p;
    space(p, end);
    if (payload && depth_ == 1 && p != end) {
      // "args" holds an array, "kwargs" an object.
      if (k.is("args") && *p != '[') return false;
      if (k.is("kwargs") && *p != '{') return false;
    }
    goto value;
  }
  after_value:
    space(p, end);
    if (depth_ == 0) return p == end;
    if (p == end) return false;
    if (*p == ',') {
      ++p;
      space(p, end);
      if (top_is_object()) goto key;
      goto value;
    }
    if (*p != (top_is_object() ? '}' : ']')) return false;
    ++p;
    pop();
    goto after_value;
  }

 private:
  // The first bytes of a key after unescaping, enough to compare with "kwargs".
  struct Key {
    char bytes[8];
    size_t len = 0;  // capped at sizeof(bytes): longer keys match nothing
    void add(uint32_t cp) {
      if (cp >= 0x80 || len >= sizeof(bytes)) {
        len = sizeof(bytes);
        return;
      }
      bytes[len++] = static_cast<char>(cp);
    }
    bool is(std::string_view word) const {
      return len == word.size() && std::string_view(bytes, len) == word;
    }
  };

  MPSBX_INLINE void space(const unsigned char*& p, const unsigned char* end) {
    // Most tokens are followed by no whitespace: one compare says so.
    while (p != end && *p <= ' ' && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
  }

  MPSBX_INLINE bool literal(const unsigned char*& p, const unsigned char* end, const char* word, size_t n) {
    if (static_cast<size_t>(end - p) < n || std::string_view(reinterpret_cast<const char*>(p), n) != word)
      return false;
    p += n;
    return true;
  }

  MPSBX_INLINE bool digits(const unsigned char*& p, const unsigned char* end) {
    if (p == end || *p < '0' || *p > '9') return false;
    while (p != end && *p >= '0' && *p <= '9') ++p;
    return true;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, of a magnitude a double can hold
  // (as nlohmann, which converts numbers that fit no 64-bit integer to double and rejects
  // infinities): integers of up to 308 digits pass exactly.
  MPSBX_INLINE bool number(const unsigned char*& p, const unsigned char* end) {
    const unsigned char* start = p;
    if (p != end && *p == '-') ++p;
    if (p == end) return false;
    const unsigned char* int_start = p;
    if (*p == '0') {
      ++p;
    } else if (!digits(p, end)) {
      return false;
    }
    // Decimal exponent of the first significant digit (0 when there is none).
    int64_t first = p - int_start - 1;
    bool significant = *int_start != '0';
    const bool fraction = p != end && *p == '.';
    if (fraction) {
      ++p;
      const unsigned char* frac = p;
      if (!digits(p, end)) return false;
      if (!significant) {
        for (const unsigned char* q = frac; q != p; ++q) {
          if (*q != '0') {
            first = -(q - frac) - 1;
            significant = true;
            break;
          }
        }
      }
    }
    // Integers pass at any size: they reach the guest (and host functions that read
    // them so) exactly. Only numbers with a fraction or an exponent are read as doubles
    // and must be within a double's range.
    if (!fraction && (p == end || (*p != 'e' && *p != 'E'))) return true;
    int64_t exp = 0;
    if (p != end && (*p == 'e' || *p == 'E')) {
      ++p;
      bool negative = false;
      if (p != end && (*p == '+' || *p == '-')) negative = *p++ == '-';
      const unsigned char* e = p;
      if (!digits(p, end)) return false;
      for (; e != p; ++e) exp = std::min<int64_t>(exp * 10 + (*e - '0'), int64_t{1} << 40);
      if (negative) exp = -exp;
    }
    if (!significant || first + exp < kMaxExponent) return true;
    if (first + exp > kMaxExponent) return false;
    double value;
    auto [last, ec] = std::from_chars(reinterpret_cast<const char*>(start), reinterpret_cast<const char*>(p), value);
    return ec == std::errc() && last == reinterpret_cast<const char*>(p);
  }
  static constexpr int64_t kMaxExponent = 308;  // DBL_MAX is 1.797...e308

  MPSBX_INLINE bool hex4(const unsigned char*& p, const unsigned char* end, uint32_t* cp) {
    if (end - p < 4) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const unsigned c = *p++;
      unsigned d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        d = (c | 0x20) - 'a' + 10;
      } else {
        return false;
      }
      v = v << 4 | d;
    }
    *cp = v;
    return true;
  }

  // One UTF-8 sequence starting at a byte >= 0x80 (Unicode's table 3-7).
  MPSBX_INLINE bool utf8(const unsigned char*& p, const unsigned char* end) {
    const unsigned c = *p;
    size_t n;
    unsigned lo = 0x80, hi = 0xbf;  // range of the second byte
    if (c >= 0xc2 && c <= 0xdf) {
      n = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c == 0xe0) lo = 0xa0;  // no overlong forms
      if (c == 0xed) hi = 0x9f;  // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;  // at most U+10FFFF
    } else {
      return false;
    }
    if (static_cast<size_t>(end - p) < n || p[1] < lo || p[1] > hi) return false;
    for (size_t i = 2; i < n; ++i) {
      if (p[i] < 0x80 || p[i] > 0xbf) return false;
    }
    p += n;
    return true;
  }

  // After the opening quote, through the closing one.
  MPSBX_INLINE bool string(const unsigned char*& p, const unsigned char* end, Key* key) {
    for (;;) {
      if (!key) {
        while (p != end && kPlain[*p]) ++p;
      }
      if (p == end) return false;
      const unsigned c = *p;
      if (c == '"') {
        ++p;
        return true;
      }
      if (c < 0x20) return false;
      if (c >= 0x80) {
        if (!utf8(p, end)) return false;
        if (key) key->add(0x80);
        continue;
      }
      ++p;
      if (c != '\\') {
        if (key) key->add(c);
        continue;
      }
      if (p == end) return false;
      const unsigned e = *p++;
      uint32_t cp;
      switch (e) {
        case '"': case '\\': case '/': cp = e; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'u': {
          if (!hex4(p, end, &cp)) return false;
          if (cp >= 0xdc00 && cp <= 0xdfff) return false;  // a low surrogate alone
          if (cp >= 0xd800 && cp <= 0xdbff) {
            uint32_t low;
            if (end - p < 2 || p[0] != '\\' || p[1] != 'u') return false;
            p += 2;
            if (!hex4(p, end, &low) || low < 0xdc00 || low > 0xdfff) return false;
            cp = 0x10000;
          }
          break;
        }
        default:
          return false;
      }
      if (key) key->add(cp);
    }
  }

  // False past max_depth_.
  MPSBX_INLINE bool push(bool object) {
    if (depth_ >= max_depth_) [[unlikely]] {
      too_deep_ = true;
      return false;
    }
    const size_t word = depth_ / 64, bit = depth_ % 64;
    if (word < kInlineWords) {
      set_bit(inline_[word], bit, object);
    } else {
      push_deep(more_, word - kInlineWords, bit, object);
    }
    ++depth_;
    return true;
  }
  // Out of line, so that the vector does not keep the checker's state in memory.
  __attribute__((noinline)) static void push_deep(std::vector<uint64_t>& more, size_t word, size_t bit,
                                                  bool object) {
    if (more.size() <= word) more.push_back(0);
    set_bit(more[word], bit, object);
  }
  MPSBX_INLINE void pop() { --depth_; }
  MPSBX_INLINE bool top_is_object() const {
    const size_t d = depth_ - 1, word = d / 64, bit = d % 64;
    const uint64_t w = word < kInlineWords ? inline_[word] : more_[word - kInlineWords];
    return (w >> bit) & 1;
  }
  static void set_bit(uint64_t& w, size_t bit, bool on) {
    w = on ? (w | (uint64_t{1} << bit)) : (w & ~(uint64_t{1} << bit));
  }

  static constexpr size_t kInlineWords = 4;
  size_t depth_ = 0;
  size_t max_depth_ = SIZE_MAX;
  bool too_deep_ = false;
  uint64_t inline_[kInlineWords] = {};
  std::vector<uint64_t> more_;
};

}  // namespace

bool json_valid(std::string_view text) { return Checker().run(text, false); }

bool json_valid_payload(std::string_view text) { return Checker().run(text, true); }

PayloadCheck check_payload(std::string_view text, size_t max_depth) {
  Checker checker(max_depth);
  if (checker.run(text, true)) return PayloadCheck::Ok;
  return checker.too_deep() ? PayloadCheck::TooDeep : PayloadCheck::Invalid;
}

bool python_identifier(std::string_view name) {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  for (unsigned char c : name) {
    if (c < 0x80 && c != '_' && !(c >= '0' && c <= '9') && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      return false;
  }
  return true;
}

bool python_keyword(std::string_view name) {
  static constexpr std::string_view kKeywords[] = {
      "False", "None",   "True",    "and",      "as",       "assert", "async",  "await",
      "break", "class",  "continue", "def",     "del",      "elif",   "else",   "except",
      "finally", "for",  "from",    "global",   "if",       "import", "in",     "is",
      "lambda", "nonlocal", "not",  "or",       "pass",     "raise",  "return", "try",
      "while", "with",   "yield"};
  return std::find(std::begin(kKeywords), std::end(kKeywords), name) != std::end(kKeywords);
}

std::optional<std::string> check_names_object(std::string_view text, size_t max_depth) {
  Checker checker(max_depth);
  if (!checker.run(text, false)) {
    if (checker.too_deep()) return "nested deeper than " + std::to_string(max_depth) + " levels";
    return "not valid JSON (RFC 8259, UTF-8)";
  }
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (text[first] != '{') return "not a JSON object";
  // The text is valid: tracking strings and depth finds the top-level keys.
  size_t depth = 0;
  bool at_key = false;
  for (size_t i = first; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      const size_t start = ++i;
      std::string key;  // unescaped; every non-ASCII character as one 0x80 byte
      for (; text[i] != '"'; ++i) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        if (b == '\\') {
          const char e = text[++i];
          if (e == 'u') {
            unsigned cp = 0;
            std::from_chars(text.data() + i + 1, text.data() + i + 5, cp, 16);
            i += 4;
            if (cp >= 0xd800 && cp <= 0xdbff) i += 6;  // the low half of the pair
            b = cp < 0x80 ? static_cast<unsigned char>(cp) : 0x80;
          } else {
            b = e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e;
          }
        } else if (b >= 0x80) {
          while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xc0) == 0x80) ++i;
          b = 0x80;
        }
        key.push_back(static_cast<char>(b));
      }
      if (depth == 1 && at_key) {
        at_key = false;
        const std::string shown(text.substr(start, std::min<size_t>(i - start, 80)));
        if (!python_identifier(key)) return "key \"" + shown + "\" is not a Python identifier";
        if (python_keyword(key)) return "key \"" + shown + "\" is a Python keyword";
      }
    } else if (c == '{' || c == '[') {
      at_key = ++depth == 1;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ',' && depth == 1) {
      at_key = true;
    }
  }
  return std::nullopt;
}

}  // namespace mpsandbox
