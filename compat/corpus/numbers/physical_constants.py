# Print physical constants and derived quantities in scientific notation
constants = {
    "speed of light c": (299_792_458, "m/s"),
    "Planck constant h": (6.62607015e-34, "J s"),
    "elementary charge e": (1.602176634e-19, "C"),
    "Boltzmann k": (1.380649e-23, "J/K"),
    "Avogadro N_A": (6.02214076e23, "1/mol"),
    "gravitational G": (6.67430e-11, "m^3/(kg s^2)"),
    "electron mass": (9.1093837015e-31, "kg"),
}
for name, (value, unit) in constants.items():
    print(f"{name:<22} {value:>14.6e} {unit:<14} g:{value:<12g} repr:{value!r}")

c = constants["speed of light c"][0]
h = constants["Planck constant h"][0]
e = constants["elementary charge e"][0]
k = constants["Boltzmann k"][0]
NA = constants["Avogadro N_A"][0]

print()
print(f"gas constant R = N_A * k = {NA * k:.6f} J/(mol K)")
print(f"Faraday F = N_A * e = {NA * e:.4f} C/mol")
for nm in (400, 550, 700):
    energy = h * c / (nm * 1e-9)
    print(f"photon at {nm} nm: {energy:.4e} J = {energy / e:.3f} eV")
mass_kg = 1.0
print(f"E = mc^2 for 1 kg: {mass_kg * c ** 2:.5e} J ({mass_kg * c ** 2 / 4.184e15:.2f} megatons TNT)")
print(f"thermal energy kT at 300K: {k * 300:.3e} J = {k * 300 / e * 1000:.2f} meV")
print("light-year in metres: %.4e" % (c * 365.25 * 86400))
print("speed of light formatted: {:,} m/s | {:.3g} | {:.2E}".format(c, c, c))
