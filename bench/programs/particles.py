# Class-based 2-D particle simulation: a Vec class with operator overloading, gravity,
# drag, wall collisions; floats throughout.
import math
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1400


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Particle:
    __slots__ = ("pos", "vel", "mass", "bounces")

    def __init__(self, pos, vel, mass):
        self.pos, self.vel, self.mass = pos, vel, mass
        self.bounces = 0

    def step(self, dt, gravity, drag):
        acc = gravity - self.vel * (drag / self.mass)
        self.vel = self.vel + acc * dt
        self.pos = self.pos + dt * self.vel
        if self.pos.y < 0.0:
            self.pos.y = -self.pos.y
            self.vel.y = -self.vel.y * 0.9
            self.bounces += 1
        if not 0.0 <= self.pos.x <= 100.0:
            self.pos.x = min(max(self.pos.x, 0.0), 100.0)
            self.vel.x = -self.vel.x
            self.bounces += 1


particles = []
for i in range(N):
    angle = i * 2.399963229728653
    particles.append(Particle(Vec(50.0 + 30.0 * math.cos(angle), 20.0 + (i % 17)),
                              Vec(10.0 * math.sin(angle), 5.0 * math.cos(angle * 0.5)),
                              1.0 + (i % 5) * 0.25))
gravity = Vec(0.0, -9.81)
steps = 400
for _ in range(steps):
    for p in particles:
        p.step(0.01, gravity, 0.05)

energy = sum(0.5 * p.mass * p.vel.dot(p.vel) + p.mass * 9.81 * p.pos.y for p in particles)
centre = Vec(0.0, 0.0)
for p in particles:
    centre = centre + p.pos * (1.0 / len(particles))
print("particles", len(particles), "steps", steps)
print("energy %.6f" % energy)
print("centre %.6f %.6f" % (centre.x, centre.y))
print("bounces", sum(p.bounces for p in particles))
far = max(particles, key=lambda p: (p.pos - centre).length())
print("farthest %.6f %.6f" % (far.pos.x, far.pos.y))
print("repr", repr(round(particles[0].pos.x, 9)), round(particles[-1].vel.length(), 6))
