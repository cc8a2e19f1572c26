// qstrs specific to the mpsandbox port
