var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "10122",
        "ok": "10122",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "13957",
        "ok": "13957",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "5243",
        "ok": "5243",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2345",
        "ok": "2345",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5654",
        "ok": "5654",
        "ko": "-"
    },
    "percentiles2": {
        "total": "6611",
        "ok": "6611",
        "ko": "-"
    },
    "percentiles3": {
        "total": "8621",
        "ok": "8621",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10349",
        "ok": "10349",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 775,
    "percentage": 7.656589606797076
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 324,
    "percentage": 3.2009484291641965
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 9023,
    "percentage": 89.14246196403873
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "76.68",
        "ok": "76.68",
        "ko": "-"
    }
},
contents: {
"group_push-3452698": {
          type: "GROUP",
name: "push",
path: "push",
pathFormatted: "group_push-3452698",
stats: {
    "name": "push",
    "numberOfRequests": {
        "total": "245",
        "ok": "245",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "301",
        "ok": "301",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "49668",
        "ok": "49668",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "32832",
        "ok": "32832",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "12879",
        "ok": "12879",
        "ko": "-"
    },
    "percentiles1": {
        "total": "38434",
        "ok": "38434",
        "ko": "-"
    },
    "percentiles2": {
        "total": "42804",
        "ok": "42804",
        "ko": "-"
    },
    "percentiles3": {
        "total": "45743",
        "ok": "45743",
        "ko": "-"
    },
    "percentiles4": {
        "total": "47826",
        "ok": "47826",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1,
    "percentage": 0.40816326530612246
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 244,
    "percentage": 99.59183673469387
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.86",
        "ok": "1.86",
        "ko": "-"
    }
},
contents: {
"req_push--container--69030719": {
        type: "REQUEST",
        name: "push: container",
path: "push / push: container",
pathFormatted: "req_push---push--co--958444726",
stats: {
    "name": "push: container",
    "numberOfRequests": {
        "total": "245",
        "ok": "245",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "66",
        "ok": "66",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "11140",
        "ok": "11140",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6177",
        "ok": "6177",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2641",
        "ok": "2641",
        "ko": "-"
    },
    "percentiles1": {
        "total": "6942",
        "ok": "6942",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7727",
        "ok": "7727",
        "ko": "-"
    },
    "percentiles3": {
        "total": "9085",
        "ok": "9085",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10840",
        "ok": "10840",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 29,
    "percentage": 11.83673469387755
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 1.2244897959183674
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 213,
    "percentage": 86.93877551020408
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.86",
        "ok": "1.86",
        "ko": "-"
    }
}
    },"req_push--image--795465317": {
        type: "REQUEST",
        name: "push: image",
path: "push / push: image",
pathFormatted: "req_push---push--im-2142336164",
stats: {
    "name": "push: image",
    "numberOfRequests": {
        "total": "232",
        "ok": "232",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "45",
        "ok": "45",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9614",
        "ok": "9614",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "5039",
        "ok": "5039",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2106",
        "ok": "2106",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5540",
        "ok": "5540",
        "ko": "-"
    },
    "percentiles2": {
        "total": "6265",
        "ok": "6265",
        "ko": "-"
    },
    "percentiles3": {
        "total": "8297",
        "ok": "8297",
        "ko": "-"
    },
    "percentiles4": {
        "total": "9163",
        "ok": "9163",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 20,
    "percentage": 8.620689655172415
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 6,
    "percentage": 2.586206896551724
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 206,
    "percentage": 88.79310344827587
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.76",
        "ok": "1.76",
        "ko": "-"
    }
}
    },"req_push--upload-ur-1765122672": {
        type: "REQUEST",
        name: "push: upload URL",
path: "push / push: upload URL",
pathFormatted: "req_push---push--up--36907769",
stats: {
    "name": "push: upload URL",
    "numberOfRequests": {
        "total": "221",
        "ok": "221",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "53",
        "ok": "53",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10978",
        "ok": "10978",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6591",
        "ok": "6591",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2320",
        "ok": "2320",
        "ko": "-"
    },
    "percentiles1": {
        "total": "7135",
        "ok": "7135",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7802",
        "ok": "7802",
        "ko": "-"
    },
    "percentiles3": {
        "total": "10053",
        "ok": "10053",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10878",
        "ok": "10878",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 11,
    "percentage": 4.97737556561086
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 8,
    "percentage": 3.619909502262444
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 202,
    "percentage": 91.4027149321267
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.67",
        "ok": "1.67",
        "ko": "-"
    }
}
    },"req_push--upload-1457034689": {
        type: "REQUEST",
        name: "push: upload",
path: "push / push: upload",
pathFormatted: "req_push---push--up--1960399912",
stats: {
    "name": "push: upload",
    "numberOfRequests": {
        "total": "207",
        "ok": "207",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "307",
        "ok": "307",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7206",
        "ok": "7206",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "4048",
        "ok": "4048",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1214",
        "ok": "1214",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4156",
        "ok": "4156",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4695",
        "ok": "4695",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5825",
        "ok": "5825",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7038",
        "ok": "7038",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 2.4154589371980677
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 5,
    "percentage": 2.4154589371980677
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 197,
    "percentage": 95.16908212560386
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.57",
        "ok": "1.57",
        "ko": "-"
    }
}
    },"req_push--complete--2112435975": {
        type: "REQUEST",
        name: "push: complete",
path: "push / push: complete",
pathFormatted: "req_push---push--co--617106096",
stats: {
    "name": "push: complete",
    "numberOfRequests": {
        "total": "195",
        "ok": "195",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2051",
        "ok": "2051",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "13957",
        "ok": "13957",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "8870",
        "ok": "8870",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1996",
        "ok": "1996",
        "ko": "-"
    },
    "percentiles1": {
        "total": "9087",
        "ok": "9087",
        "ko": "-"
    },
    "percentiles2": {
        "total": "10036",
        "ok": "10036",
        "ko": "-"
    },
    "percentiles3": {
        "total": "11869",
        "ok": "11869",
        "ko": "-"
    },
    "percentiles4": {
        "total": "12728",
        "ok": "12728",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 195,
    "percentage": 100.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.48",
        "ok": "1.48",
        "ko": "-"
    }
}
    },"req_push--tag--805285926": {
        type: "REQUEST",
        name: "push: tag",
path: "push / push: tag",
pathFormatted: "req_push---push--ta--1034630877",
stats: {
    "name": "push: tag",
    "numberOfRequests": {
        "total": "182",
        "ok": "182",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "1467",
        "ok": "1467",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "11004",
        "ok": "11004",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "7349",
        "ok": "7349",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1420",
        "ok": "1420",
        "ko": "-"
    },
    "percentiles1": {
        "total": "7346",
        "ok": "7346",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7941",
        "ok": "7941",
        "ko": "-"
    },
    "percentiles3": {
        "total": "10281",
        "ok": "10281",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10858",
        "ok": "10858",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 182,
    "percentage": 100.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "1.38",
        "ok": "1.38",
        "ko": "-"
    }
}
    }
}

     },"req_anonymous-looku-1023686797": {
        type: "REQUEST",
        name: "anonymous lookup",
path: "anonymous lookup",
pathFormatted: "req_anonymous-looku-1023686797",
stats: {
    "name": "anonymous lookup",
    "numberOfRequests": {
        "total": "5680",
        "ok": "5680",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "19",
        "ok": "19",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9927",
        "ok": "9927",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "5010",
        "ok": "5010",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2044",
        "ok": "2044",
        "ko": "-"
    },
    "percentiles1": {
        "total": "5538",
        "ok": "5538",
        "ko": "-"
    },
    "percentiles2": {
        "total": "6148",
        "ok": "6148",
        "ko": "-"
    },
    "percentiles3": {
        "total": "7411",
        "ok": "7411",
        "ko": "-"
    },
    "percentiles4": {
        "total": "8906",
        "ok": "8906",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 492,
    "percentage": 8.661971830985916
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 202,
    "percentage": 3.556338028169014
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 4986,
    "percentage": 87.78169014084507
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "43.03",
        "ok": "43.03",
        "ko": "-"
    }
}
    },"req_pull-3452485": {
        type: "REQUEST",
        name: "pull",
path: "pull",
pathFormatted: "req_pull-3452485",
stats: {
    "name": "pull",
    "numberOfRequests": {
        "total": "976",
        "ok": "976",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "139",
        "ok": "139",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10944",
        "ok": "10944",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "5948",
        "ok": "5948",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2281",
        "ok": "2281",
        "ko": "-"
    },
    "percentiles1": {
        "total": "6270",
        "ok": "6270",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7500",
        "ok": "7500",
        "ko": "-"
    },
    "percentiles3": {
        "total": "8799",
        "ok": "8799",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10367",
        "ok": "10367",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 51,
    "percentage": 5.225409836065574
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 28,
    "percentage": 2.8688524590163933
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 897,
    "percentage": 91.90573770491804
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "7.39",
        "ok": "7.39",
        "ko": "-"
    }
}
    },"req_token-lookup--1551966847": {
        type: "REQUEST",
        name: "token lookup",
path: "token lookup",
pathFormatted: "req_token-lookup--1551966847",
stats: {
    "name": "token lookup",
    "numberOfRequests": {
        "total": "1208",
        "ok": "1208",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "25",
        "ok": "25",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "11137",
        "ok": "11137",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6475",
        "ok": "6475",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "2531",
        "ok": "2531",
        "ko": "-"
    },
    "percentiles1": {
        "total": "7157",
        "ok": "7157",
        "ko": "-"
    },
    "percentiles2": {
        "total": "7784",
        "ok": "7784",
        "ko": "-"
    },
    "percentiles3": {
        "total": "10172",
        "ok": "10172",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10750",
        "ok": "10750",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 97,
    "percentage": 8.02980132450331
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 29,
    "percentage": 2.4006622516556293
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1082,
    "percentage": 89.56953642384106
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "9.15",
        "ok": "9.15",
        "ko": "-"
    }
}
    },"req_pull-redirect-1--765801016": {
        type: "REQUEST",
        name: "pull Redirect 1",
path: "pull Redirect 1",
pathFormatted: "req_pull-redirect-1--765801016",
stats: {
    "name": "pull Redirect 1",
    "numberOfRequests": {
        "total": "976",
        "ok": "976",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7418",
        "ok": "7418",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3016",
        "ok": "3016",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1415",
        "ok": "1415",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2942",
        "ok": "2942",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3999",
        "ok": "3999",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5198",
        "ok": "5198",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7068",
        "ok": "7068",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 70,
    "percentage": 7.172131147540983
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 43,
    "percentage": 4.405737704918033
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 863,
    "percentage": 88.42213114754098
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "7.39",
        "ok": "7.39",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
