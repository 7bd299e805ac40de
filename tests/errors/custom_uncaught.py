class ConfigError(Exception):
    pass

def load():
    raise ConfigError("missing key: port")

load()
