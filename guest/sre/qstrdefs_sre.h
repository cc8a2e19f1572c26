// qstrs of the _sre module (guest/sre/modsre.c) that are not identifiers: type names
// printed as CPython prints them.
Q(re.Pattern)
Q(re.Match)
Q(_sre.SRE_Scanner)
