"""A Qt-free loopback server that speaks the Contiple Open API (demo mode and tests).

``SimServer(SimConfig(...)).start()``; see ``contiple_desktop.sim.server`` and the seeded
data described in ``contiple_desktop.sim.seed``.
"""

from contiple_desktop.sim.config import SimConfig
from contiple_desktop.sim.faults import Fault, FaultPlan
from contiple_desktop.sim.server import SimServer
from contiple_desktop.sim.state import SimState

__all__ = ["Fault", "FaultPlan", "SimConfig", "SimServer", "SimState"]
