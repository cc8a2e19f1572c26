# Text adventure state machine driven by a scripted list of player commands
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of rotting books.", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"desc": "A cold kitchen.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Pitch black cellar.", "exits": {"up": "kitchen"}, "items": ["treasure"], "dark": True,
               "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def look(self):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            return "It is too dark to see."
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return f"{room['desc']} You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            ROOMS[target]["locked"] = False
            self.room = target
            return "You unlock the door with the key.\n" + self.look()
        self.room = target
        return self.look()

    def take(self, item):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            return "You fumble around in the dark."
        if item not in room["items"]:
            return f"There is no {item} here."
        room["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return "You found the treasure! You win."
        return f"Taken: {item}."

    def handle(self, command):
        self.moves += 1
        verb, _, noun = command.partition(" ")
        if verb in ("n", "s", "e", "w"):
            verb, noun = "go", {"n": "north", "s": "south", "e": "east", "w": "west"}[verb]
        if verb == "look":
            return self.look()
        if verb == "go":
            return self.go(noun)
        if verb == "take":
            return self.take(noun)
        if verb == "inv":
            return "You carry: " + (", ".join(self.inventory) or "nothing")
        self.moves -= 1
        return f"I don't understand '{command}'."


game = Game()
script = ["look", "e", "go down", "w", "take lamp", "n", "take key", "dance", "s", "e",
          "go down", "take treasure", "inv", "look"]
for cmd in script:
    if game.over:
        print("(game over, ignoring remaining commands)")
        break
    print(f"> {cmd}")
    print(game.handle(cmd))
print(f"moves: {game.moves}, room: {game.room}, inventory: {sorted(game.inventory)}")
