// Strict JSON checking without building anything (json_check.h). One pass over the text
// with an explicit stack of open containers (a bit each: object or array), held inline
// up to 256 levels and in a vector beyond.
#include "sandbox/json_check.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
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
  explicit Checker(std::string_view text)
      : p_(reinterpret_cast<const unsigned char*>(text.data())), end_(p_ + text.size()) {}

  // The whole text is one value; with `payload`, also the host-call payload shape.
  bool run(bool payload) {
    space();
    if (payload && (p_ == end_ || *p_ != '{')) return false;
  value:
    if (p_ == end_) return false;
    switch (*p_) {
      case '{':
        ++p_;
        push(true);
        space();
        if (p_ != end_ && *p_ == '}') {
          ++p_;
          pop();
          goto after_value;
        }
        goto key;
      case '[':
        ++p_;
        push(false);
        space();
        if (p_ != end_ && *p_ == ']') {
          ++p_;
          pop();
          goto after_value;
        }
        goto value;
      case '"':
        ++p_;
        if (!string(nullptr)) return false;
        goto after_value;
      case 't':
        if (!literal("true", 4)) return false;
        goto after_value;
      case 'f':
        if (!literal("false", 5)) return false;
        goto after_value;
      case 'n':
        if (!literal("null", 4)) return false;
        goto after_value;
      default:
        if (!number()) return false;
        goto after_value;
    }
  key : {
    if (p_ == end_ || *p_ != '"') return false;
    ++p_;
    Key k;
    if (!string(&k)) return false;
    space();
    if (p_ == end_ || *p_ != ':') return false;
    ++p_;
    space();
    if (payload && depth_ == 1 && p_ != end_) {
      // "args" holds an array, "kwargs" an object.
      if (k.is("args") && *p_ != '[') return false;
      if (k.is("kwargs") && *p_ != '{') return false;
    }
    goto value;
  }
  after_value:
    space();
    if (depth_ == 0) return p_ == end_;
    if (p_ == end_) return false;
    if (*p_ == ',') {
      ++p_;
      space();
      if (top_is_object()) goto key;
      goto value;
    }
    if (*p_ != (top_is_object() ? '}' : ']')) return false;
    ++p_;
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

  MPSBX_INLINE void space() {
    // Most tokens are followed by no whitespace: one compare says so.
    while (p_ != end_ && *p_ <= ' ' && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  MPSBX_INLINE bool literal(const char* word, size_t n) {
    if (static_cast<size_t>(end_ - p_) < n || std::string_view(reinterpret_cast<const char*>(p_), n) != word)
      return false;
    p_ += n;
    return true;
  }

  MPSBX_INLINE bool digits() {
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    return true;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, of a magnitude a double can hold
  // (as nlohmann, which converts numbers that fit no 64-bit integer to double and rejects
  // infinities): integers of up to 308 digits pass exactly.
  MPSBX_INLINE bool number() {
    const unsigned char* start = p_;
    if (p_ != end_ && *p_ == '-') ++p_;
    if (p_ == end_) return false;
    const unsigned char* int_start = p_;
    if (*p_ == '0') {
      ++p_;
    } else if (!digits()) {
      return false;
    }
    // Decimal exponent of the first significant digit (0 when there is none).
    int64_t first = p_ - int_start - 1;
    bool significant = *int_start != '0';
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      const unsigned char* frac = p_;
      if (!digits()) return false;
      if (!significant) {
        for (const unsigned char* q = frac; q != p_; ++q) {
          if (*q != '0') {
            first = -(q - frac) - 1;
            significant = true;
            break;
          }
        }
      }
    }
    int64_t exp = 0;
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      bool negative = false;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) negative = *p_++ == '-';
      const unsigned char* e = p_;
      if (!digits()) return false;
      for (; e != p_; ++e) exp = std::min<int64_t>(exp * 10 + (*e - '0'), int64_t{1} << 40);
      if (negative) exp = -exp;
    }
    if (!significant || first + exp < kMaxExponent) return true;
    if (first + exp > kMaxExponent) return false;
    double value;
    auto [end, ec] = std::from_chars(reinterpret_cast<const char*>(start), reinterpret_cast<const char*>(p_), value);
    return ec == std::errc() && end == reinterpret_cast<const char*>(p_);
  }
  static constexpr int64_t kMaxExponent = 308;  // DBL_MAX is 1.797...e308

  MPSBX_INLINE bool hex4(uint32_t* cp) {
    if (end_ - p_ < 4) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const unsigned c = *p_++;
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
  MPSBX_INLINE bool utf8() {
    const unsigned c = *p_;
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
    if (static_cast<size_t>(end_ - p_) < n || p_[1] < lo || p_[1] > hi) return false;
    for (size_t i = 2; i < n; ++i) {
      if (p_[i] < 0x80 || p_[i] > 0xbf) return false;
    }
    p_ += n;
    return true;
  }

  // After the opening quote, through the closing one.
  MPSBX_INLINE bool string(Key* key) {
    for (;;) {
      if (!key) {
        while (p_ != end_ && kPlain[*p_]) ++p_;
      }
      if (p_ == end_) return false;
      const unsigned c = *p_;
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;
      if (c >= 0x80) {
        if (!utf8()) return false;
        if (key) key->add(0x80);
        continue;
      }
      ++p_;
      if (c != '\\') {
        if (key) key->add(c);
        continue;
      }
      if (p_ == end_) return false;
      const unsigned e = *p_++;
      uint32_t cp;
      switch (e) {
        case '"': case '\\': case '/': cp = e; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'u': {
          if (!hex4(&cp)) return false;
          if (cp >= 0xdc00 && cp <= 0xdfff) return false;  // a low surrogate alone
          if (cp >= 0xd800 && cp <= 0xdbff) {
            uint32_t low;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!hex4(&low) || low < 0xdc00 || low > 0xdfff) return false;
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

  MPSBX_INLINE void push(bool object) {
    const size_t word = depth_ / 64, bit = depth_ % 64;
    if (word < kInlineWords) {
      set_bit(inline_[word], bit, object);
    } else {
      push_deep(more_, word - kInlineWords, bit, object);
    }
    ++depth_;
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
  const unsigned char* p_;
  const unsigned char* end_;
  size_t depth_ = 0;
  uint64_t inline_[kInlineWords] = {};
  std::vector<uint64_t> more_;
};

}  // namespace

bool json_valid(std::string_view text) { return Checker(text).run(false); }

bool json_valid_payload(std::string_view text) { return Checker(text).run(true); }

}  // namespace mpsandbox
