from roundtables.app import main

raise SystemExit(main())
