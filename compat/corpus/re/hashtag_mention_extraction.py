# Extract hashtags, mentions, URLs and cashtags from social media posts
import re
from collections import Counter

posts = [
    "Loving #Python and #regex! Thanks @guido_van_rossum for everything. https://python.org #python",
    "RT @dev_team: Release v2.0 is out 🎉 #release #Python3 #2024 (not a tag) $AAPL up 2%",
    "email me at someone@example.com — not a mention. #café #naïve_tags #_under",
    "Follow @a, @bb and @this_name_is_way_too_long_for_twitter! ##double #end.",
]

HASHTAG = re.compile(r"(?<![\w#])#(\w*[^\W\d_]\w*)")
MENTION = re.compile(r"(?<![\w@.])@(\w{1,15})\b(?!\w)")
URL = re.compile(r"https?://\S+")
CASHTAG = re.compile(r"(?<!\w)\$([A-Z]{1,5})\b")

tags = Counter()
for i, post in enumerate(posts, 1):
    h = HASHTAG.findall(post)
    tags.update(t.lower() for t in h)
    print(f"post {i}:")
    print(f"  hashtags: {h}")
    print(f"  mentions: {MENTION.findall(post)}")
    print(f"  urls    : {URL.findall(post)}  cashtags: {CASHTAG.findall(post)}")

print("\ntrending:", sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
linked = MENTION.sub(r'<a href="/u/\1">@\1</a>', posts[0])
print(HASHTAG.sub(lambda m: f"[{m.group(1).lower()}]", linked))
