# Typing-annotated notification service: Protocol, Generic repository, TypedDict and dependency injection
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Generic, Iterable, Protocol, TypedDict, TypeVar


class Channel(Protocol):
    name: str

    def send(self, recipient: str, message: str) -> bool: ...


class MessagePayload(TypedDict):
    template: str
    params: dict[str, str]


@dataclass
class User:
    id: int
    name: str
    email: str | None = None
    phone: str | None = None
    preferences: list[str] = field(default_factory=lambda: ["email"])


T = TypeVar("T")


class Repository(Generic[T]):
    def __init__(self, key: Callable[[T], int]) -> None:
        self._items: dict[int, T] = {}
        self._key = key

    def add(self, item: T) -> None:
        self._items[self._key(item)] = item

    def get(self, ident: int) -> T | None:
        return self._items.get(ident)

    def all(self) -> Iterable[T]:
        return list(self._items.values())


class EmailChannel:
    name = "email"

    def __init__(self) -> None:
        self.outbox: list[str] = []

    def send(self, recipient: str, message: str) -> bool:
        if "@" not in recipient:
            return False
        self.outbox.append(f"To: {recipient} | {message}")
        return True


class SmsChannel:
    name = "sms"

    def __init__(self, max_len: int = 40) -> None:
        self.max_len = max_len
        self.sent: list[str] = []

    def send(self, recipient: str, message: str) -> bool:
        text = message if len(message) <= self.max_len else message[: self.max_len - 1] + "…"
        self.sent.append(f"{recipient}: {text}")
        return True


class NotificationService:
    def __init__(self, users: Repository[User], channels: list[Channel]) -> None:
        self.users = users
        self.channels = {c.name: c for c in channels}

    def notify(self, user_id: int, payload: MessagePayload) -> list[str]:
        user = self.users.get(user_id)
        if user is None:
            return [f"user {user_id}: not found"]
        message = payload["template"].format(name=user.name, **payload["params"])
        results = []
        for pref in user.preferences:
            channel = self.channels.get(pref)
            address = user.email if pref == "email" else user.phone
            if channel is None or address is None:
                results.append(f"user {user_id}: {pref} unavailable")
                continue
            ok = channel.send(address, message)
            results.append(f"user {user_id}: {pref} {'sent' if ok else 'FAILED'}")
        return results


def main() -> None:
    repo: Repository[User] = Repository(key=lambda u: u.id)
    repo.add(User(1, "Ada", email="ada@example.com"))
    repo.add(User(2, "Linus", phone="+15550100", preferences=["sms", "email"]))
    repo.add(User(3, "Grace", email="grace.example.com", phone="+15550111", preferences=["email", "sms", "push"]))
    email, sms = EmailChannel(), SmsChannel()
    service = NotificationService(repo, [email, sms])
    payload: MessagePayload = {"template": "Hi {name}, your order {order} has shipped via {carrier}!",
                               "params": {"order": "#A-1009", "carrier": "DHL Express"}}
    for uid in (1, 2, 3, 4):
        for line in service.notify(uid, payload):
            print(line)
    print("email outbox:", *email.outbox, sep="\n  ")
    print("sms sent:", *sms.sent, sep="\n  ")
    print("annotations of notify:", NotificationService.notify.__annotations__)


if __name__ == "__main__":
    main()
