"""A Qt-free loopback server that speaks the Contiple Open API (demo mode and tests).

``SimServer(SimConfig(...)).start()``; see ``contiple_desktop.sim.server`` and the seeded
data described in ``contiple_desktop.sim.seed``.

Besides the Contiple Open API (every path under ``/{serviceId}/``) it serves one path that is
not Contiple's: ``POST /_demo/customer-info``, the demo organization's customer-information
API (contiple-api.md §3.20) that answers "who is calling from this number" from the demo
customers (``cust-001`` = ``010-1001-5007``, 김민준, ``minjun.kim@example.com``), signed when
``SimConfig.caller_lookup_key`` is set. ``SimServer.caller_lookup_config()`` is the matching
profile setting; see ``contiple_desktop.sim.routes_customer``. Faults apply to it as to any path.
"""

from contiple_desktop.sim.config import SimConfig
from contiple_desktop.sim.faults import Fault, FaultPlan
from contiple_desktop.sim.server import SimServer
from contiple_desktop.sim.state import SimState

__all__ = ["Fault", "FaultPlan", "SimConfig", "SimServer", "SimState"]
